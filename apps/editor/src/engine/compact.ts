import { createCohortScorer, type CohortColumns, type CohortDecisions, type PreparedRubric } from '@rubricate/core';

export interface CompactScoring {
  /** Scored subjects in id order: input index, score, category, final level and level before quotas. */
  columns: CohortColumns;
  /** The cohort's decisions: reports, and what `explainSubject` needs for one subject. */
  decisions: CohortDecisions;
}

/**
 * Scores a cohort without building any subject's explanation: one compact pass (score, level,
 * category per subject), then quotas and ranks, read back as columns in id order.
 */
export function scoreCompact(prepared: PreparedRubric, subjects: readonly unknown[]): CompactScoring {
  const scorer = createCohortScorer(prepared);
  for (let i = 0; i < subjects.length; i++) scorer.add(subjects[i], i);
  const decisions = scorer.finish();
  return { columns: decisions.columns(), decisions };
}
