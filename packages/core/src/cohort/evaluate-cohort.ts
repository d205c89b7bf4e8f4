import type { CohortResult, SubjectError } from '../result/types.js';
import { checkAndScore } from '../evaluate/evaluate-subject.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { finishResult, type Scored } from '../evaluate/result.js';
import { compareCodePoints } from '../hash/compare.js';
import { distribution } from './distribution.js';
import type { CohortEntry } from './entry.js';
import { applyQuota, populations } from './quotas.js';
import { applyRank } from './ranks.js';

/** Errors in a stable order: by subject id, then path, code and input position. */
function sortErrors(errors: SubjectError[]): SubjectError[] {
  return errors.sort(
    (a, b) =>
      (a.id === b.id ? 0 : a.id === null ? -1 : b.id === null ? 1 : compareCodePoints(a.id, b.id)) ||
      compareCodePoints(a.path, b.path) ||
      compareCodePoints(a.code, b.code) ||
      a.index - b.index,
  );
}

/** @internal The error for each subject whose id another subject also uses. */
export function duplicateIdError(id: string, index: number): SubjectError {
  return { id, index, path: 'id', code: 'duplicate-id', message: { zh: `评价对象 id ${id} 重复，同一 id 的各条记录均未评分`, en: `the id ${id} is used more than once; none of them is scored` } };
}

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

/** @internal Quotas, ranks, outcomes and distribution over already scored subjects. */
export function finishCohort(plan: PreparedPlan, scored: Scored[], errors: SubjectError[]): CohortResult {
  const entries: CohortEntry[] = scored
    .map((s) => ({
      id: s.subject.id,
      category: s.subject.category,
      slot: s.subject.slot,
      score: s.state.score,
      level: s.state.level,
      scored: s,
      trace: [],
      flags: [],
      outcomes: [],
    }))
    .sort((a, b) => compareCodePoints(a.id, b.id));
  const quotas = plan.quotas.flatMap((q) => populations(plan, entries, q.perCategory).map((p) => applyQuota(plan, q, p.members, p.category)));
  const ranks = plan.ranks.map((r) => applyRank(plan, r, entries));
  const results = entries.map((e) => finishResult(plan, e.scored, e.level, { trace: e.trace, flags: e.flags, outcomes: e.outcomes }));
  return {
    rubric: { id: plan.ref.id, version: plan.ref.version, hash: plan.ref.hash },
    results,
    errors: sortErrors(errors),
    distribution: distribution(plan, entries),
    quotas,
    ranks,
  };
}

/**
 * Scores a cohort (semantics 6): subjects that fail their checks (or share an id) become errors
 * with their id and position, the rest are scored; then quotas in declared order, ranks, and
 * outcomes and history rules on the final level. Results are sorted by id; any order of the same
 * subjects gives the same output (errors differ only in their `index`).
 */
export function evaluateCohort(prepared: PreparedRubric, subjects: readonly unknown[]): CohortResult {
  const plan = prepared.plan;
  const dup = duplicateIds(subjects);
  const scored: Scored[] = [];
  const errors: SubjectError[] = [];
  subjects.forEach((s, index) => {
    const r = checkAndScore(prepared, s, index);
    if (!r.ok) {
      errors.push(...r.errors);
      return;
    }
    if (dup.has(r.scored.subject.id)) {
      errors.push(duplicateIdError(r.scored.subject.id, index));
      return;
    }
    scored.push(r.scored);
  });
  return finishCohort(plan, scored, errors);
}
