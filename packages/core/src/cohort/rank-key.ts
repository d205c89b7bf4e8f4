import type { Quota } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { compareCodePoints } from '../hash/compare.js';
import type { CompactCohort } from './compact.js';

/**
 * Compares two values of a tie-break fact: numbers numerically, text by code point, booleans
 * false < true; a missing value ranks last.
 */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  return compareCodePoints(JSON.stringify(a) ?? '', JSON.stringify(b) ?? '');
}

/**
 * The quota ranking over cohort positions: final score (higher first), then the tie-break facts.
 * Returns the rank comparator (best first, ties broken by id so the order is total) and `tied`,
 * which says when two subjects cannot be told apart.
 */
export function rankOrder(plan: PreparedPlan, c: CompactCohort, tieBreak: Quota['tieBreak']): {
  compare: (a: number, b: number) => number;
  tied: (a: number, b: number) => boolean;
} {
  const keys = (tieBreak ?? []).map((t) => ({
    values: c.tieValues[c.tieSlot.get(plan.factIndex.get(t.fact) as number) as number] as unknown[],
    sign: t.order === 'desc' ? -1 : 1,
  }));
  const score = c.score;
  const rankCmp = (a: number, b: number): number => {
    const sa = score[a] as number;
    const sb = score[b] as number;
    if (sa !== sb) return sb - sa;
    for (const k of keys) {
      const va = k.values[a];
      const vb = k.values[b];
      // A missing value ranks last whatever the order.
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
        continue;
      }
      const r = compareValues(va, vb);
      if (r !== 0) return r * k.sign;
    }
    return 0;
  };
  const ids = c.ids;
  return {
    compare: (a, b) => rankCmp(a, b) || compareCodePoints(ids[a] as string, ids[b] as string),
    tied: (a, b) => rankCmp(a, b) === 0,
  };
}
