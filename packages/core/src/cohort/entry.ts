import type { Flag, OutcomeResult, TraceEntry } from '../result/types.js';
import type { Scored } from '../evaluate/result.js';
import { compareCodePoints } from '../hash/compare.js';

/** One scored subject of a cohort, with the level it ends at and the steps the cohort adds. */
export interface CohortEntry {
  id: string;
  category: string | undefined;
  slot: number;
  /** Final score in units. */
  score: number;
  /** Level index; quotas move it. */
  level: number;
  /** The subject as scored (facts for tie-breaks, trace so far). */
  scored: Scored;
  trace: TraceEntry[];
  flags: Flag[];
  outcomes: OutcomeResult[];
}

/** A higher score ranks higher; equal scores are a tie (ranks break no ties). */
export function byScoreDesc(a: CohortEntry, b: CohortEntry): number {
  return b.score - a.score || compareCodePoints(a.id, b.id);
}

/** Adds a review flag once per rule. */
export function flagOnce(e: CohortEntry, flag: Flag): void {
  if (!e.flags.some((f) => f.code === flag.code && f.rule === flag.rule)) e.flags.push(flag);
}
