import type { Adjustment } from '../../schema/adjustments.js';
import type { PrepareContext } from '../context.js';
import type { AdjustmentBatch, AdjustmentMember } from '../batches.js';
import type { CompiledAdjustment } from '../plan.js';

/** One kind of bonus or deduction; declared once, in its own file. */
export interface AdjustmentKind<A extends Adjustment = Adjustment, M = unknown> {
  kind: A['kind'];
  /**
   * The rule's closure; `batchable` set when `batch` can score it (see batches.ts). Condition
   * sites the adjustment registers are needed for the score.
   */
  compile(adj: A, ctx: PrepareContext, path: (string | number)[]): CompiledAdjustment & { batchable?: M };
  /** Optional: all the batchable rules of this kind scored in one call, for the hot path. */
  batch?(members: readonly AdjustmentMember<M>[]): AdjustmentBatch;
}

/** Limits |units| to the cap, keeping the sign. */
export function capped(units: number, capUnits: number | undefined): number {
  if (capUnits === undefined) return units;
  if (units > capUnits) return capUnits;
  if (units < -capUnits) return -capUnits;
  return units;
}

/** "加" or "扣" and the absolute amount, for Chinese messages. */
export function zhVerb(units: number): '加' | '扣' {
  return units < 0 ? '扣' : '加';
}
