/**
 * @rubricate/core — scoring rubrics as data.
 *
 * Validate a rubric, prepare it once, score one subject or a whole cohort, and read the trace.
 * Asynchronous facts live in the `@rubricate/core/async` subpath.
 */
export * from './schema/index.js';
export type * from './result/types.js';
export * from './json/index.js';
export * from './validate/index.js';
export * from './lint/index.js';
export * from './evaluate/index.js';
export * from './cohort/index.js';
