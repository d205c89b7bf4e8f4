import type { CohortResult, DistributionRow, Message, QuotaReport, RankReport, SubjectError } from '@rubricate/core';

/** One subject's line in the results table (the full trace stays in the worker until asked for). */
export interface ResultRow {
  id: string;
  category?: string;
  score: number;
  level: string | null;
  bandLevel: string | null;
  levelBeforeQuota: string | null;
  /** Why the level is what it is beyond the score: gates, overrides, quotas, ranks, flags, outcomes. */
  reasons: Message[];
}

export interface CohortSummary {
  seq: number;
  rows: ResultRow[];
  errors: SubjectError[];
  distribution: DistributionRow[];
  quotas: QuotaReport[];
  ranks: RankReport[];
  /** Milliseconds the worker spent preparing and scoring. */
  ms: number;
}

export type ToWorker =
  | { type: 'subjects'; subjects: unknown[] }
  | { type: 'score'; seq: number; rubric: unknown }
  | { type: 'trace'; seq: number; id: string };

export type FromWorker =
  | { type: 'result'; summary: CohortSummary }
  | { type: 'failed'; seq: number; message: Message }
  | { type: 'trace'; seq: number; result: CohortResult['results'][number] | null };

const EXPLAINING = new Set(['gate', 'override', 'quota', 'rank', 'flag', 'outcome', 'history']);

/** The rows of a cohort result, with the trace steps that explain a level beyond its band. */
export function summarise(seq: number, result: CohortResult, ms: number): CohortSummary {
  return {
    seq,
    ms,
    errors: result.errors,
    distribution: result.distribution,
    quotas: result.quotas,
    ranks: result.ranks,
    rows: result.results.map((r) => ({
      id: r.id,
      ...(r.category ? { category: r.category } : {}),
      score: r.score,
      level: r.level,
      bandLevel: r.bandLevel,
      levelBeforeQuota: r.levelBeforeQuota,
      reasons: r.trace.filter((e) => EXPLAINING.has(e.step)).map((e) => e.message),
    })),
  };
}
