export { validateRubric, type ValidateRubricResult } from './validate-rubric.js';
export { normaliseRubric } from './normalise.js';
export { parseRubric } from './parse-rubric.js';
export { formatIssue } from './format-issue.js';
export { rubricJsonSchema } from './json-schema.js';
export { VALIDATION_RULES, MAX_CONDITION_DEPTH } from './rules/index.js';
export type { RubricRule } from './rule.js';
export { formatPath } from '../messages/path.js';
