import type { Rubric } from '@rubricate/core';
import { corePeerRange } from './core-version.js';

/** The files every rubric package holds, in the order they are listed. */
export const PACKAGE_FILES = ['package.json', 'rubric.json', 'index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'README.md', 'CHANGELOG.md'] as const;

/** The compiled scorer's files, in every package whose rubric has one (no asynchronous facts). */
export const SCORER_FILES = ['scorer.js', 'scorer.d.ts'] as const;

export interface PackageJsonInput {
  rubric: Rubric;
  name: string;
  hash: string;
  license?: string;
  coreVersion?: string;
  /** Whether the package holds the compiled scorer (`SCORER_FILES`). */
  scorer?: boolean;
}

/**
 * package.json of a rubric package: ESM and CJS entry points each with its own declarations (so
 * TypeScript resolves the right one under every module setting), `rubricate` naming the exact
 * rubric, and @rubricate/core as a peer: the rubric is data the caller's engine scores.
 */
export function packageJson({ rubric, name, hash, license, coreVersion, scorer = false }: PackageJsonInput): Record<string, unknown> {
  const description = rubric.title.en ? `${rubric.title.zh} — ${rubric.title.en}` : rubric.title.zh;
  return {
    name,
    version: rubric.version,
    description,
    ...(license ? { license } : {}),
    keywords: ['rubricate', 'rubric', 'scoring'],
    type: 'module',
    sideEffects: false,
    main: './index.cjs',
    module: './index.js',
    types: './index.d.ts',
    exports: {
      '.': {
        import: { types: './index.d.ts', default: './index.js' },
        require: { types: './index.d.cts', default: './index.cjs' },
      },
      // ESM only: the scorer module imports @rubricate/core/compile.
      ...(scorer ? { './scorer': { types: './scorer.d.ts', import: './scorer.js' } } : {}),
      './rubric.json': './rubric.json',
      './package.json': './package.json',
    },
    files: [...PACKAGE_FILES.filter((f) => f !== 'package.json'), ...(scorer ? SCORER_FILES : [])],
    rubricate: { id: rubric.id, version: rubric.version, hash, schemaVersion: rubric.schemaVersion },
    peerDependencies: { '@rubricate/core': corePeerRange(coreVersion) },
  };
}
