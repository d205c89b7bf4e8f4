import type { CohortResult, SubjectError, SubjectResult } from '../result/types.js';
import { checkAndScore } from '../evaluate/evaluate-subject.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import type { Scored } from '../evaluate/result.js';
import { type CohortDecisions, createCohortScorer, decideScored, internalsOf, resultWithDecisions } from './cohort-scorer.js';

export { duplicateIdError } from './cohort-scorer.js';

/** @internal Subjects sharing an id cannot be told apart: every one of them is an error. */
export function duplicateIds(subjects: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const s of subjects) {
    const id = s !== null && typeof s === 'object' ? (s as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) dup.add(id);
    else seen.add(id);
  }
  return dup;
}

function cohortResult(d: CohortDecisions, results: SubjectResult[]): CohortResult {
  return { rubric: d.rubric, results, errors: d.errors, distribution: d.distribution, quotas: d.quotas, ranks: d.ranks };
}

/** @internal Quotas, ranks, outcomes and distribution over already scored subjects (the async path). */
export function finishCohort(plan: PreparedPlan, scored: Scored[], errors: SubjectError[]): CohortResult {
  const d = decideScored(plan, scored, errors);
  const internal = internalsOf(d);
  const { sorted } = internal;
  const results: SubjectResult[] = new Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) results[k] = resultWithDecisions(internal, scored[sorted[k] as number] as Scored) as SubjectResult;
  return cohortResult(d, results);
}

/**
 * Scores a cohort (semantics 6): subjects that fail their checks (or share an id) become errors
 * with their id and position, the rest are scored; then quotas in declared order, ranks, and
 * outcomes and history rules on the final level. Results are sorted by id; any order of the same
 * subjects gives the same output (errors differ only in their `index`).
 *
 * Two passes: scores and levels first, kept as compact arrays (`createCohortScorer`), quotas and
 * ranks on those, then each full result with its explanation, in id order.
 */
export function evaluateCohort(prepared: PreparedRubric, subjects: readonly unknown[]): CohortResult {
  const scorer = createCohortScorer(prepared, { expected: subjects.length });
  for (let i = 0; i < subjects.length; i++) scorer.add(subjects[i], i);
  const d = scorer.finish();
  const internal = internalsOf(d);
  const results: SubjectResult[] = new Array(d.scored);
  let k = 0;
  for (const { index } of d.order()) {
    const r = checkAndScore(prepared, subjects[index], index);
    if (!r.ok) throw new Error('internal: a scored subject failed on the second pass');
    results[k++] = resultWithDecisions(internal, r.scored) as SubjectResult;
  }
  return cohortResult(d, results);
}
