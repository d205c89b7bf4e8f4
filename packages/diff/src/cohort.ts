import { evaluateCohort, prepareRubric, type CohortResult, type Rubric } from '@rubricate/core';
import type { CohortImpact, LevelChange, ScoreChange, StatusChange } from './types.js';

function score(rubric: Rubric, subjects: readonly unknown[]): CohortResult {
  return evaluateCohort(prepareRubric(rubric), subjects);
}

/** Cohort results keyed by subject id: scored ones and refused ones. */
function index(result: CohortResult) {
  const scored = new Map(result.results.map((r) => [r.id, r]));
  const errors = new Map<string, CohortResult['errors'][number]>();
  for (const error of result.errors) if (error.id !== null && !errors.has(error.id)) errors.set(error.id, error);
  return { scored, errors };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Scores the same subjects under both versions and lists who changes level, score or status
 * (scored under one version, refused under the other). Sorted by subject id.
 */
export function cohortImpact(oldRubric: Rubric, newRubric: Rubric, subjects: readonly unknown[]): CohortImpact {
  const before = index(score(oldRubric, subjects));
  const after = index(score(newRubric, subjects));
  const changedLevel: LevelChange[] = [];
  const changedScore: ScoreChange[] = [];
  const changedStatus: StatusChange[] = [];
  let scored = 0;
  for (const [id, a] of before.scored) {
    const b = after.scored.get(id);
    if (!b) {
      const error = after.errors.get(id);
      if (error) changedStatus.push({ id, from: 'scored', to: 'error', message: error.message });
      continue;
    }
    scored += 1;
    if (a.level !== b.level) changedLevel.push({ id, from: a.level, to: b.level });
    if (a.score !== b.score) changedScore.push({ id, from: a.score, to: b.score });
  }
  for (const [id, error] of before.errors) {
    if (after.scored.has(id)) changedStatus.push({ id, from: 'error', to: 'scored', message: error.message });
  }
  return {
    scored,
    changedLevel: changedLevel.sort(byId),
    changedScore: changedScore.sort(byId),
    changedStatus: changedStatus.sort(byId),
  };
}
