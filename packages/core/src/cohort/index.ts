export { evaluateCohort } from './evaluate-cohort.js';
export { type CohortColumns, type CohortDecisions, type CohortPart, type CohortScorer, createCohortScorer, explainSubject } from './cohort-scorer.js';
export { createCohortRescorer } from './rescore.js';
