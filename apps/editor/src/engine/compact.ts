import { createCohortScorer, type CohortDecisions, type PreparedRubric } from '@rubricate/core';
import type { CohortSummary } from '../workers/protocol';

/** The per-subject columns of a scoring (see `CohortSummary`). */
export type CompactColumns = Pick<CohortSummary, 'ids' | 'score' | 'level' | 'levelBeforeQuota' | 'slot' | 'levelIds' | 'categories'>;

export interface CompactScoring {
  /** Scored subjects in id order: score, category, final level and level before quotas. */
  columns: CompactColumns;
  /** The cohort's decisions: reports, and what `explainSubject` needs for one subject. */
  decisions: CohortDecisions;
  /** Each scored subject's input index, by id. */
  indexOf: Map<string, number>;
}

/**
 * Scores a cohort without building any subject's explanation: one compact pass (score in units,
 * level, category per subject), then quotas and ranks. The pass is handed over as a part to a
 * second scorer, so the per-subject numbers can be read before the decisions are made.
 */
export function scoreCompact(prepared: PreparedRubric, subjects: readonly unknown[]): CompactScoring {
  const first = createCohortScorer(prepared);
  for (let i = 0; i < subjects.length; i++) first.add(subjects[i], i);
  const part = first.part();
  const scorer = createCohortScorer(prepared);
  scorer.merge(part);
  const decisions = scorer.finish();

  // The plan is the core's; the editor reads only its unit, categories and level ids to name
  // what the compact arrays hold (units of 10^-scale, category slot i+1, level index).
  const plan = prepared.plan;
  const factor = plan.unit.factor;
  const levelIds = plan.levels.map((l) => l.id);
  const levelIndex = new Map(levelIds.map((id, i) => [id, i]));
  // part position of each input index (subjects in error have none)
  const at = new Int32Array(subjects.length).fill(-1);
  for (let k = 0; k < part.index.length; k++) at[part.index[k] as number] = k;

  const n = decisions.scored;
  const ids: string[] = new Array<string>(n);
  const score = new Float64Array(n);
  const level = new Int16Array(n);
  const levelBeforeQuota = new Int16Array(n);
  const slot = new Uint16Array(n);
  const indexOf = new Map<string, number>();
  let j = 0;
  for (const { id, index } of decisions.order()) {
    const k = at[index] as number;
    indexOf.set(id, index);
    ids[j] = id;
    const units = part.score[k] as number;
    const points = factor === 1 ? units : units / factor;
    score[j] = points === 0 ? 0 : points;
    const final = decisions.finalLevelOf(id);
    level[j] = final == null ? -1 : (levelIndex.get(final) ?? -1);
    const before = part.level[k] as number;
    levelBeforeQuota[j] = before < levelIds.length ? before : -1;
    slot[j] = part.slot[k] as number;
    j++;
  }
  return { columns: { ids, score, level, levelBeforeQuota, slot, levelIds, categories: plan.categories }, decisions, indexOf };
}
