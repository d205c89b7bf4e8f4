import { prepareRubric, type Rubric } from '@rubricate/core';
import { CompileScorerError, compileScorerSource } from '@rubricate/core/compile';
import { jsString } from '../js-literal.js';

/**
 * scorer.js (ESM only): the rubric's scorer written ahead of time by `compileScorerSource`, which
 * imports `@rubricate/core/compile` (the package's peer). Undefined for a rubric that has no
 * compiled scorer (asynchronous facts) or that `prepareRubric` refuses (the package's other files
 * do not need a valid rubric; `rubricate pack` validates first); the package then has no
 * `./scorer` export.
 */
export function scorerEntry(rubric: Rubric, banner: string): string | undefined {
  let prepared;
  try {
    prepared = prepareRubric(rubric);
  } catch {
    return undefined;
  }
  try {
    return `${banner}\n${compileScorerSource(prepared)}`;
  } catch (error) {
    if (error instanceof CompileScorerError) return undefined;
    throw error;
  }
}

/** scorer.d.ts: the module's two functions, typed with @rubricate/core's own types. */
export function scorerDeclarations(rubric: Rubric, hash: string, banner: string): string {
  return `${banner}
import type { CohortScorer, CohortScorerOptions, LeanScore, PreparedRubric, SubjectError } from '@rubricate/core';

/** The rubric this scorer was written for; \`createScorer\` refuses any other. */
export declare const rubric: { readonly id: ${jsString(rubric.id)}; readonly version: ${jsString(rubric.version)}; readonly hash: ${jsString(hash)}; readonly format: number };

/** As \`createLeanScorer(prepared)\`, with the same results; \`prepared\` must be this rubric. */
export declare function createScorer(prepared: PreparedRubric): (subject: unknown, index?: number) => LeanScore | SubjectError[];

/** As \`createCohortScorer(prepared, options)\`, with the same decisions. */
export declare function createCohortScorer(prepared: PreparedRubric, options?: CohortScorerOptions): CohortScorer;
`;
}
