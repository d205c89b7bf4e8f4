import type { CompiledCondition } from '../conditions/compile.js';
import type { AdjustmentBatch, PointsBatch } from './batches.js';
import type { DecimalUnit, RoundingMode } from '../decimal/index.js';
import type { Message, RubricRef } from '../result/types.js';
import type { Adjustment, AdjustmentGroup } from '../schema/adjustments.js';
import type { Condition } from '../schema/condition.js';
import type { Quota, RankOutcome } from '../schema/cohort.js';
import type { FactDeclaration } from '../schema/facts.js';
import type { Gate, GateEffect } from '../schema/gates.js';
import type { Indicator, Section } from '../schema/indicators.js';
import type { Crosswalk, Level } from '../schema/levels.js';
import type { HistoryRule, Outcome } from '../schema/outcomes.js';
import type { Rubric } from '../schema/rubric.js';
import type { EvaluationSource, ReviewFlag } from '../schema/sources.js';

/** A fact value problem: what is wrong, in both languages. */
export type FactCheck = (value: unknown) => Message | null;

export interface FactSlot {
  id: string;
  index: number;
  decl: FactDeclaration;
  required: boolean;
  /** The declared default (lists are copied per subject so results never share them). */
  defaultValue: unknown;
  async: boolean;
  check: FactCheck;
  /**
   * A number that every checked subject has (a number or integer fact, required or with a
   * default): scoring reads it from the subject's `num` array, unboxed, instead of `facts`.
   */
  numeric: boolean;
}

/**
 * A checked subject's facts as scoring reads them: `facts` by declared index, and `num` holding
 * the facts marked `numeric` (see FactSlot). On the hot path a numeric fact is only in `num`; the
 * full path fills both, so explanations read `facts`.
 */
export type NumericFacts = Float64Array;

/** Points of one indicator from the fact array, in units; throws SubjectFault for a bad value. */
export interface CompiledPoints {
  points(facts: readonly unknown[], num: NumericFacts, maxUnits: number): number;
  explain(facts: readonly unknown[], maxUnits: number, units: number): Message;
  /** What the kind's `batch` needs to score this rule with others of its kind (see batches.ts). */
  batchable?: unknown;
}

export interface IndicatorPlan {
  id: string;
  section: number;
  indicator: Indicator;
  /** Maximum in units per category slot (see PreparedPlan.categorySlot); -1 when not applicable. */
  maxBySlot: Int32Array;
  compiled: CompiledPoints;
}

/** The result of one adjustment before group caps: units, and why. */
export interface CompiledAdjustment {
  /** Units after the adjustment's own cap. */
  points(facts: readonly unknown[], num: NumericFacts, conds: Uint8Array): number;
  explain(facts: readonly unknown[], conds: Uint8Array, units: number): Message;
  /** What the kind's `batch` needs to score this rule with others of its kind (see batches.ts). */
  batchable?: unknown;
}

export interface AdjustmentPlan {
  id: string;
  adjustment: Adjustment;
  /** Index into PreparedPlan.groups, or -1. */
  group: number;
  /** Per category slot: 1 when it applies. */
  appliesBySlot: Uint8Array;
  compiled: CompiledAdjustment;
}

export interface GroupPlan {
  group: AdjustmentGroup;
  minUnits: number;
  maxUnits: number;
}

/** How a gate's effect moves a level index (0 = best, levels.length = no level). */
export interface CompiledGateEffect {
  /** Demotions, then caps, then vetoes. */
  phase: number;
  /** Never returns a better (smaller) index than it is given. */
  apply(level: number): number;
  explain(from: number, to: number): Message;
}

export interface GatePlan {
  id: string;
  gate: Gate;
  effect: GateEffect;
  site: number;
  soft: boolean;
  appliesBySlot: Uint8Array;
  compiled: CompiledGateEffect;
}

export interface OutcomePlan {
  outcome: Outcome;
  /** Condition site of `when`, or -1. */
  site: number;
  levelMask: Uint8Array;
  appliesBySlot: Uint8Array;
}

export interface ConditionSite {
  /** Where the condition sits in the rubric, for errors. */
  path: (string | number)[];
  condition: Condition;
  compiled: CompiledCondition;
}

/** Band bounds per level for one category slot; open bounds are ±Infinity. */
export interface BandTable {
  min: Float64Array;
  max: Float64Array;
  /** 1 when the level has a band in this slot. */
  has: Uint8Array;
}

/** A compiled rubric: every rule resolved to indexes and closures, amounts in integer units. */
export interface PreparedPlan {
  rubric: Rubric;
  ref: RubricRef;
  unit: DecimalUnit;
  rounding: RoundingMode;
  clamp: boolean;
  scaleMinUnits: number;
  scaleMaxUnits: number;
  facts: FactSlot[];
  factIndex: ReadonlyMap<string, number>;
  /** Declared categories; slot i+1 is category i, slot 0 is "no category". */
  categories: string[];
  categorySlot: ReadonlyMap<string, number>;
  levels: Level[];
  levelIndex: ReadonlyMap<string, number>;
  bands: BandTable[];
  sections: Section[];
  indicators: IndicatorPlan[];
  adjustments: AdjustmentPlan[];
  /** The hot path's indicators, a call per kind (see batches.ts); the explained path uses `indicators`. */
  indicatorBatches: PointsBatch[];
  /** The hot path's adjustments, a call per kind. */
  adjustmentBatches: AdjustmentBatch[];
  groups: GroupPlan[];
  /** Per-call scratch for group totals (scoring is synchronous). */
  groupScratch: Float64Array;
  gates: GatePlan[];
  /** Gates in application order (demote, cap, veto), as indexes into `gates`. */
  gateOrder: Int32Array;
  gateIndex: ReadonlyMap<string, number>;
  /** Condition sites; the first `scoreSites` are needed for score and level, the rest for reports. */
  sites: ConditionSite[];
  scoreSites: number;
  flags: { flag: ReviewFlag; site: number }[];
  sources: { source: EvaluationSource; site: number }[];
  crosswalks: Crosswalk[];
  outcomes: OutcomePlan[];
  history: { rule: HistoryRule; levelMask: Uint8Array }[];
  quotas: Quota[];
  ranks: RankOutcome[];
}
