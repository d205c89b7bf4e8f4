import { rubricHash, type Rubric } from '@rubricate/core';
import { renderChangelog } from './changelog.js';
import { cjsEntry } from './entry/cjs.js';
import { declarations } from './entry/dts.js';
import { esmEntry } from './entry/esm.js';
import { scorerDeclarations, scorerEntry } from './entry/scorer.js';
import { docText } from './js-literal.js';
import { packageName, pascalCase } from './names.js';
import { packageJson } from './package-json.js';
import { renderReadme } from './readme/readme.js';

/** Options of {@link planRubricPackage}. */
export interface PlanOptions {
  /** An npm scope such as `@org`: the package is then `@org/rubric-<id>`. */
  scope?: string;
  /** The package's license (SPDX), when the rubric's publisher has one. */
  license?: string;
  /** The @rubricate/core version to ask for as a peer (default: this release's). */
  coreVersion?: string;
}

/** The planned package: its name and version, and every file's text by relative path. */
export interface RubricPackagePlan {
  name: string;
  version: string;
  /** sha256 of the rubric's canonical JSON. */
  hash: string;
  files: Record<string, string>;
}

/**
 * Plans an npm package for a rubric, without writing anything: package.json, rubric.json,
 * index.js / index.cjs with typed declarations (the subject's facts as an interface), scorer.js
 * (the scorer written ahead of time, `./scorer`; ESM only, absent for asynchronous facts), a
 * README with the scoring table in Chinese and English, CHANGELOG.md, and the content hash. The rubric should
 * be valid (`validateRubric`); the same rubric always gives the same files.
 */
export function planRubricPackage(rubric: Rubric, options: PlanOptions = {}): RubricPackagePlan {
  const name = packageName(rubric.id, options.scope);
  const hash = rubricHash(rubric);
  const typeName = pascalCase(rubric.id);
  const json = `${JSON.stringify(rubric, null, 2)}\n`;
  const title = docText(rubric.title.zh + (rubric.title.en ? ` — ${rubric.title.en}` : ''));
  const banner = `/** ${title} (${rubric.id}@${rubric.version}, sha256 ${hash}). Generated from rubric.json. */`;
  const entry = { json: JSON.stringify(rubric), id: rubric.id, version: rubric.version, hash, banner };
  const dts = declarations(rubric, typeName, hash, banner);
  const scorer = scorerEntry(rubric, banner);
  const pkg = packageJson({
    rubric,
    name,
    hash,
    scorer: scorer !== undefined,
    ...(options.license !== undefined ? { license: options.license } : {}),
    ...(options.coreVersion !== undefined ? { coreVersion: options.coreVersion } : {}),
  });
  return {
    name,
    version: rubric.version,
    hash,
    files: {
      'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
      'rubric.json': json,
      'index.js': esmEntry(entry),
      'index.cjs': cjsEntry(entry),
      'index.d.ts': dts,
      'index.d.cts': dts,
      ...(scorer === undefined ? {} : { 'scorer.js': scorer, 'scorer.d.ts': scorerDeclarations(rubric, hash, banner) }),
      'README.md': renderReadme(rubric, name, hash, typeName),
      'CHANGELOG.md': renderChangelog(rubric),
    },
  };
}
