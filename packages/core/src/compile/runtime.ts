import type { SubjectError } from '../result/types.js';
import { type CohortScorer, type CohortScorerOptions, createScorer } from '../cohort/cohort-scorer.js';
import { type LeanRun, type LeanScore, createLeanRunner, createLeanScorer } from '../evaluate/lean.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';

/**
 * The layout of the plan that generated scorers read; a scorer written for another layout is
 * refused (regenerate it with this version of the core).
 */
export const COMPILED_FORMAT = 1;

/** What a generated module says it was written for. */
export interface CompiledFor {
  id: string;
  version: string;
  hash: string;
  format: number;
}

/** A scorer from a generated module: the same results as `createLeanScorer`'s. */
export type CompiledScorer = (subject: unknown, index?: number) => LeanScore | SubjectError[];

/**
 * @internal Called by generated modules: checks that `prepared` is the rubric the module was
 * written for (by its hash) and that the module's layout is this core's, and returns the lean
 * scorer it hands unusual subjects to, with the plan whose closures it calls.
 */
export function linkCompiledScorer(prepared: PreparedRubric, written: CompiledFor): { lean: CompiledScorer; plan: PreparedPlan } {
  check(prepared, written);
  return { lean: createLeanScorer(prepared), plan: prepared.plan };
}

/** What a generated module's cohort runner returns (internal layout, see `COMPILED_FORMAT`). */
type CohortRun = (subject: unknown, index: number) => LeanRun | SubjectError[];

/**
 * @internal Called by generated modules: `createCohortScorer` with the module's runner (made by
 * `make` from the core's lean runner, which it hands unusual subjects to) as its first pass.
 */
export function linkCompiledCohort(prepared: PreparedRubric, written: CompiledFor, make: (lean: CohortRun, plan: PreparedPlan) => CohortRun, options: CohortScorerOptions = {}): CohortScorer {
  check(prepared, written);
  const lean = createLeanRunner(prepared, true);
  const { addChecked: _internal, ...scorer } = createScorer(prepared, options, make((subject, index) => lean.run(subject, index), prepared.plan));
  return scorer;
}

function check(prepared: PreparedRubric, written: CompiledFor): void {
  const ref = (prepared as Partial<PreparedRubric> | null)?.ref;
  if (!ref || !(prepared as PreparedRubric).plan) {
    throw new TypeError('a compiled scorer needs a rubric prepared by prepareRubric (预先编译的评分函数需要 prepareRubric 的结果)');
  }
  if (written.format !== COMPILED_FORMAT) {
    throw new TypeError(
      `this scorer was written for compiled format ${written.format}, and this @rubricate/core reads format ${COMPILED_FORMAT}: regenerate it ` +
        `(该评分函数的格式为 ${written.format}，当前 @rubricate/core 为 ${COMPILED_FORMAT}，请重新生成)`,
    );
  }
  if (ref.hash !== written.hash) {
    throw new TypeError(
      `this scorer was written for ${written.id}@${written.version} (${written.hash.slice(0, 12)}), not ${ref.id}@${ref.version} (${ref.hash.slice(0, 12)}) ` +
        `(该评分函数对应 ${written.id}@${written.version}，与所给评分细则 ${ref.id}@${ref.version} 不一致)`,
    );
  }
}
