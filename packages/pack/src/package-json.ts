import type { Rubric } from '@rubricate/core';
import { corePeerRange } from './core-version.js';

/** The files every rubric package holds, in the order they are listed. */
export const PACKAGE_FILES = ['package.json', 'rubric.json', 'index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'README.md', 'CHANGELOG.md'] as const;

export interface PackageJsonInput {
  rubric: Rubric;
  name: string;
  hash: string;
  license?: string;
  coreVersion?: string;
}

/**
 * package.json of a rubric package: ESM and CJS entry points each with its own declarations (so
 * TypeScript resolves the right one under every module setting), `rubricate` naming the exact
 * rubric, and @rubricate/core as a peer: the rubric is data the caller's engine scores.
 */
export function packageJson({ rubric, name, hash, license, coreVersion }: PackageJsonInput): Record<string, unknown> {
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
      './rubric.json': './rubric.json',
      './package.json': './package.json',
    },
    files: PACKAGE_FILES.filter((f) => f !== 'package.json'),
    rubricate: { id: rubric.id, version: rubric.version, hash, schemaVersion: rubric.schemaVersion },
    peerDependencies: { '@rubricate/core': corePeerRange(coreVersion) },
  };
}
