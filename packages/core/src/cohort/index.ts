export { evaluateCohort } from './evaluate-cohort.js';
export { type CohortColumns, type CohortDecisions, type CohortPart, type CohortScorer, type CohortScorerOptions, createCohortScorer, explainSubject } from './cohort-scorer.js';
export { createCohortRescorer } from './rescore.js';
