/**
 * `@rubricate/core/compile`: a rubric's scorer written out ahead of time as a JavaScript module
 * (see `compileScorerSource`), and the link such a module calls at run time.
 */
export { type CompileScorerOptions, CompileScorerError, compileScorerSource } from './generate.js';
export { COMPILED_FORMAT, type CompiledFor, type CompiledScorer, linkCompiledCohort, linkCompiledScorer } from './runtime.js';
