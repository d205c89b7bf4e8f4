import type { Clause } from '../schema/common.js';
import type { GateEffect } from '../schema/gates.js';

/** Every message the library produces is given in both languages. */
export interface Message {
  zh: string;
  en: string;
}

/** Names the exact rubric that produced a result. `hash` is sha256 of the canonical rubric JSON. */
export interface RubricRef {
  id: string;
  version: string;
  hash: string;
}

/** A problem in a rubric (validation or lint), keyed by `code`, located by a JSON path. */
export interface Issue {
  code: string;
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: Message;
  /** For JSON syntax errors: 1-based line and column. */
  line?: number;
  column?: number;
}

/** A subject that could not be scored. The rest of the cohort is still scored. */
export interface SubjectError {
  /** The subject's id, or null when the id itself is missing or invalid. */
  id: string | null;
  /** Position in the input (0-based). */
  index: number;
  /** Where in the subject, e.g. "facts.a1" or "overrides[0].gate". */
  path: string;
  code: string;
  message: Message;
}

export type TraceStep =
  | 'indicator'
  | 'adjustment'
  | 'group-cap'
  | 'clamp'
  | 'band'
  | 'gate'
  | 'override'
  | 'crosswalk'
  | 'flag'
  | 'quota'
  | 'rank'
  | 'outcome'
  | 'history';

/** One step of the explanation: which rule did what, by how much, citing which clause. */
export interface TraceEntry {
  step: TraceStep;
  rule: string;
  /** Points added (positive) or removed (negative), where the step changes the score. */
  amount?: number;
  /** Level before and after, where the step changes the level. */
  from?: string | null;
  to?: string | null;
  clause?: Clause;
  assumptions?: string[];
  message: Message;
}

export interface IndicatorResult {
  id: string;
  points: number;
  max: number;
  /** False when the indicator does not apply to the subject's category. */
  applicable: boolean;
}

export interface SectionResult {
  id: string;
  points: number;
  max: number;
  indicators: IndicatorResult[];
}

export interface AdjustmentResult {
  id: string;
  points: number;
  group?: string;
}

export interface GateResult {
  id: string;
  effect: GateEffect;
  /** The condition held. */
  triggered: boolean;
  /** The gate held but was lifted by an override. */
  overridden?: { reason: string; by?: string };
}

export interface OutcomeResult {
  id: string;
  kind: 'reward' | 'label' | 'action';
  from: 'outcome' | 'history' | 'rank';
  label: Message;
  amount?: number;
  currency?: string;
}

export interface Flag {
  code: string;
  rule?: string;
  message: Message;
}

export interface SubjectResult {
  id: string;
  category?: string;
  /** The final score: sum of indicators and adjustments, clamped, an exact decimal. */
  score: number;
  /** The score before clamping. */
  unclampedScore: number;
  /** The level the score's band gives. */
  bandLevel: string | null;
  /** The level after gates, before cohort quotas. */
  levelBeforeQuota: string | null;
  /** The final level (after gates and quotas); null when vetoed with no level. */
  level: string | null;
  sections: SectionResult[];
  adjustments: AdjustmentResult[];
  gates: GateResult[];
  crosswalks: Record<string, string | null>;
  outcomes: OutcomeResult[];
  flags: Flag[];
  trace: TraceEntry[];
  rubric: RubricRef;
}

/**
 * A subject's result without its explanation (no sections, adjustments, gates or trace): the
 * fields a table, a chart or a CSV row needs, equal to those of the full {@link SubjectResult}.
 */
export type SubjectSummary = Pick<SubjectResult, 'id' | 'category' | 'score' | 'unclampedScore' | 'bandLevel' | 'levelBeforeQuota' | 'level' | 'crosswalks' | 'outcomes' | 'flags' | 'rubric'>;

export interface DistributionRow {
  level: string | null;
  count: number;
  /** Share of the scored subjects, in percent, as an exact decimal rounded to 0.01. */
  percent: number;
  byCategory?: Record<string, number>;
}

export interface QuotaReport {
  id: string;
  kind: 'atMost' | 'atLeast' | 'target';
  category?: string;
  population: number;
  /** The count the quota allows (atMost), requires (atLeast) or aims at (target). */
  limit: number;
  before: number;
  after: number;
  met: boolean;
  /** Subjects moved by this quota, in rank order. */
  moved: string[];
  /** Subjects in a tied group at the boundary, flagged for review. */
  tiedForReview: string[];
  message: Message;
}

export interface RankReport {
  id: string;
  direction: 'bottom' | 'top';
  population: number;
  count: number;
  subjects: string[];
  tiedForReview: string[];
}

export interface CohortResult {
  rubric: RubricRef;
  /** Sorted by subject id, so the output does not depend on input order. */
  results: SubjectResult[];
  errors: SubjectError[];
  distribution: DistributionRow[];
  quotas: QuotaReport[];
  ranks: RankReport[];
}
