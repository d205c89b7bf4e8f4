/**
 * @rubricate/diff — what changed between two versions of a rubric, in words, and the semver
 * bump the change requires. Pure: no files, no console.
 */
export { diffRubrics, listChanges } from './diff-rubrics.js';
export { requiredBump, checkVersion, versionBump, type VersionCheck } from './version.js';
export { maxBump, bumpCovers } from './bump.js';
export { conditionText } from './condition-text.js';
export type { Bump, Change, CohortImpact, DiffOptions, LevelChange, RubricDiff, ScoreChange, StatusChange } from './types.js';
