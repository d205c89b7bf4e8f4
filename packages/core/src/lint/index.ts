export { lintRubric } from './lint-rubric.js';
export { LINT_RULES } from './rules/index.js';
