import type { AdjustmentPlan, CompiledAdjustment, CompiledPoints, IndicatorPlan, NumericFacts } from './plan.js';

/*
 * The hot path scores rules kind by kind. A kind that declares `batch` sums all its rules in one
 * call, in a loop over typed arrays that V8 optimises for that kind alone; calling one closure per
 * rule instead goes through call sites that see closures of several kinds, which V8 cannot inline.
 * The explained path (a full result) still calls each rule's own closure, so the two are checked
 * against each other by the property tests.
 */

/** Units of every indicator of a batch that applies in category `slot`, summed. */
export type PointsBatch = (facts: readonly unknown[], num: NumericFacts, slot: number) => number;

/**
 * Units of every adjustment of a batch that applies in category `slot`: grouped ones are added to
 * `groupRaw` (by group index), the sum of the others is returned.
 */
export type AdjustmentBatch = (facts: readonly unknown[], num: NumericFacts, conds: Uint8Array, slot: number, groupRaw: Float64Array) => number;

/** One indicator in a kind's batch: what its `compile` returned as `batchable`, and its plan. */
export interface PointsMember<M> {
  data: M;
  /** The indicator's own closure: the batch calls it for any value it does not decide itself. */
  compiled: CompiledPoints;
  /** Maximum in units per category slot; -1 where the indicator does not apply. */
  maxBySlot: Int32Array;
}

/** One adjustment in a kind's batch. */
export interface AdjustmentMember<M> {
  data: M;
  compiled: CompiledAdjustment;
  appliesBySlot: Uint8Array;
  /** Index of its group, or -1. */
  group: number;
}

/** Rule-major flat copy of per-slot tables, so a batch reads `table[rule * slots + slot]`. */
export function flatBySlot<T extends Int32Array | Uint8Array>(rows: readonly T[], make: (n: number) => T): T {
  const slots = rows[0]?.length ?? 0;
  const out = make(rows.length * slots);
  rows.forEach((r, i) => out.set(r, i * slots));
  return out;
}

/**
 * What every adjustment batch reads besides its kind's own data: each member's group (-1: none)
 * and, rule-major, whether it applies in each category slot (`applies[rule * slots + slot]`).
 */
export function adjustmentTables(members: readonly AdjustmentMember<unknown>[]): { group: Int32Array; slots: number; applies: Uint8Array } {
  return {
    group: Int32Array.from(members, (m) => m.group),
    slots: members[0]?.appliesBySlot.length ?? 0,
    applies: flatBySlot(members.map((m) => m.appliesBySlot), (k) => new Uint8Array(k)),
  };
}

/** Indicators of kinds without a batch: their closures, one call each. */
function eachPoints(items: readonly IndicatorPlan[]): PointsBatch {
  return (facts, num, slot) => {
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const ind = items[i] as IndicatorPlan;
      const max = ind.maxBySlot[slot] as number;
      if (max >= 0) total += ind.compiled.points(facts, num, max);
    }
    return total;
  };
}

/** Adjustments of kinds without a batch: their closures, one call each. */
function eachAdjustment(items: readonly AdjustmentPlan[]): AdjustmentBatch {
  return (facts, num, conds, slot, groupRaw) => {
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const a = items[i] as AdjustmentPlan;
      if (a.appliesBySlot[slot] !== 1) continue;
      const pts = a.compiled.points(facts, num, conds);
      if (a.group >= 0) groupRaw[a.group] = (groupRaw[a.group] as number) + pts;
      else total += pts;
    }
    return total;
  };
}

/** What prepare needs from a kind to batch it. */
interface Batchable<P, B> {
  kind: string;
  batch?(members: readonly P[]): B;
}

/**
 * Groups rules by kind: one batch per kind that has `batch` (for the rules whose `compile` marked
 * them batchable), and one closure-per-rule batch for everything else.
 */
function batchBy<R, P, B>(rules: readonly R[], kindOf: (r: R) => Batchable<P, B>, member: (r: R) => P | undefined, each: (rest: R[]) => B): B[] {
  const byKind = new Map<Batchable<P, B>, P[]>();
  const rest: R[] = [];
  for (const r of rules) {
    const k = kindOf(r);
    const m = k.batch ? member(r) : undefined;
    if (m === undefined) rest.push(r);
    else {
      const list = byKind.get(k);
      if (list) list.push(m);
      else byKind.set(k, [m]);
    }
  }
  const out: B[] = [];
  for (const [k, members] of byKind) {
    const batch = k.batch;
    if (batch) out.push(batch.call(k, members));
  }
  if (rest.length > 0) out.push(each(rest));
  return out;
}

/** The hot path's indicator batches for a plan (see `PreparedPlan.indicatorBatches`). */
export function batchIndicators(indicators: readonly IndicatorPlan[], kindOf: (i: IndicatorPlan) => Batchable<PointsMember<unknown>, PointsBatch>): PointsBatch[] {
  return batchBy(
    indicators,
    kindOf,
    (i) => (i.compiled.batchable === undefined ? undefined : { data: i.compiled.batchable, compiled: i.compiled, maxBySlot: i.maxBySlot }),
    eachPoints,
  );
}

/** The hot path's adjustment batches for a plan (see `PreparedPlan.adjustmentBatches`). */
export function batchAdjustments(adjustments: readonly AdjustmentPlan[], kindOf: (a: AdjustmentPlan) => Batchable<AdjustmentMember<unknown>, AdjustmentBatch>): AdjustmentBatch[] {
  return batchBy(
    adjustments,
    kindOf,
    (a) => (a.compiled.batchable === undefined ? undefined : { data: a.compiled.batchable, compiled: a.compiled, appliesBySlot: a.appliesBySlot, group: a.group }),
    eachAdjustment,
  );
}
