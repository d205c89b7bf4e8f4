/**
 * @rubricate/pack — plans an npm package for a rubric: rubric.json, typed ESM and CJS entry
 * points, a bilingual README with the scoring table, a changelog and the content hash. Pure: it
 * returns the files' text; the CLI writes them.
 */
export { planRubricPackage, type PlanOptions, type RubricPackagePlan } from './plan.js';
export { packageName, pascalCase } from './names.js';
export { factsInterface } from './facts-type.js';
export { renderReadme } from './readme/readme.js';
export { renderChangelog } from './changelog.js';
export { CORE_VERSION, corePeerRange } from './core-version.js';
export { PACKAGE_FILES, SCORER_FILES } from './package-json.js';
