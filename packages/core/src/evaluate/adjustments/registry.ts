import type { Adjustment } from '../../schema/adjustments.js';
import { fixed } from './fixed.js';
import type { AdjustmentKind } from './kind.js';
import { perCount } from './per-count.js';
import { tiered } from './tiered.js';

/** Every adjustment kind, by name. Adding a kind means adding a file and a line here. */
export const ADJUSTMENT_KINDS: { readonly [K in Adjustment['kind']]: AdjustmentKind<Extract<Adjustment, { kind: K }>> } = {
  perCount,
  tiered,
  fixed,
};

export function adjustmentKind(adj: Adjustment): AdjustmentKind {
  return ADJUSTMENT_KINDS[adj.kind] as unknown as AdjustmentKind;
}
