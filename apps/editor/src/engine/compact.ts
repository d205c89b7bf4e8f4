import type { CohortColumns, CohortDecisions, PreparedRubric } from '@rubricate/core';

export interface CompactScoring {
  /** Scored subjects in id order: input index, score, category, final level and level before quotas. */
  columns: CohortColumns;
  /** The cohort's decisions: reports, and what `explainSubject` needs for one subject. */
  decisions: CohortDecisions;
}

/**
 * Scores a cohort without building any subject's explanation, through the cohort's rescorer
 * (`createCohortRescorer`: the subjects are checked once and kept checked while the rubric's facts
 * stay as they are, so an edit costs only the rules), read back as columns in id order.
 */
export function scoreCompact(rescore: (prepared: PreparedRubric) => CohortDecisions, prepared: PreparedRubric): CompactScoring {
  const decisions = rescore(prepared);
  return { columns: decisions.columns(), decisions };
}
