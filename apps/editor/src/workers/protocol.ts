import type { DistributionRow, Message, QuotaReport, RankReport, SubjectError, SubjectResult } from '@rubricate/core';

/**
 * One subject's line in the results table. Score and levels come from the compact cohort pass;
 * the reasons (and the full trace) are built by the worker only for the rows asked for.
 */
export interface ResultRow {
  id: string;
  category?: string;
  score: number;
  level: string | null;
  levelBeforeQuota: string | null;
}

/**
 * A scoring of the cohort, one column per field (typed arrays are transferred, not copied, so a
 * re-score of a large cohort costs no per-row objects). Row k is `rowAt(summary, k)`.
 */
export interface CohortSummary {
  seq: number;
  /** Scored subjects' ids in id order (code point order). */
  ids: string[];
  score: Float64Array;
  /** Final level and level before quotas: index into `levelIds`, -1 for no level. */
  level: Int16Array;
  levelBeforeQuota: Int16Array;
  /** Category slot: 0 = none, i + 1 = `categories[i]`. */
  slot: Uint16Array;
  levelIds: string[];
  categories: string[];
  errors: SubjectError[];
  distribution: DistributionRow[];
  quotas: QuotaReport[];
  ranks: RankReport[];
  /** Milliseconds the worker spent on this scoring: preparing the rubric (when it changed) and scoring. */
  ms: number;
  /** Of `ms`, the core's scoring alone: every subject added to one cohort scorer, finished, read as columns. */
  scoreMs: number;
}

/** The per-subject columns of a scoring. */
export type SummaryColumns = Pick<CohortSummary, 'ids' | 'score' | 'level' | 'levelBeforeQuota' | 'slot' | 'levelIds' | 'categories'>;

/** Row k of a scoring. */
export function rowAt(s: SummaryColumns, k: number): ResultRow {
  const level = s.level[k] as number;
  const before = s.levelBeforeQuota[k] as number;
  const slot = s.slot[k] as number;
  const row: ResultRow = {
    id: s.ids[k] as string,
    score: s.score[k] as number,
    level: level < 0 ? null : (s.levelIds[level] as string),
    levelBeforeQuota: before < 0 ? null : (s.levelIds[before] as string),
  };
  if (slot > 0) row.category = s.categories[slot - 1];
  return row;
}

export type ToWorker =
  | { type: 'subjects'; subjects: unknown[] }
  /** Score the subjects against the rubric document as edited (the worker validates it). */
  | { type: 'score'; seq: number; rubric: unknown }
  | { type: 'trace'; seq: number; id: string }
  /** The reasons of these rows of scoring `seq` (the rows on screen, or every row for an export). */
  | { type: 'reasons'; seq: number; ids: string[] | 'all' };

export type FromWorker =
  | { type: 'result'; summary: CohortSummary }
  | { type: 'failed'; seq: number; message: Message }
  | { type: 'trace'; seq: number; result: SubjectResult | null }
  | { type: 'reasons'; seq: number; all: boolean; reasons: Record<string, Message[]> };

const EXPLAINING = new Set(['gate', 'override', 'quota', 'rank', 'flag', 'outcome', 'history']);

/** The trace steps that explain a level beyond its band. */
export function reasonsOf(result: SubjectResult): Message[] {
  return result.trace.filter((e) => EXPLAINING.has(e.step)).map((e) => e.message);
}
