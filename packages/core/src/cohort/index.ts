export { evaluateCohort } from './evaluate-cohort.js';
