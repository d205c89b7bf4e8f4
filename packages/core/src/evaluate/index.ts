export { type PreparedRubric, prepareRubric } from './prepare.js';
export { RubricPrepareError } from './context.js';
export { type SubjectEvaluation, evaluateSubject } from './evaluate-subject.js';
export { canonicalJson, compareCodePoints, rubricHash } from '../hash/index.js';
export { type LeanScore, createLeanScorer } from './lean.js';
