import type { Quota } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { compareCodePoints } from '../hash/compare.js';
import type { CohortEntry } from './entry.js';

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
 * The quota ranking: final score (higher first), then the tie-break facts. Returns the rank
 * comparator (best first) and `tied`, which says when two subjects cannot be told apart.
 */
export function rankOrder(plan: PreparedPlan, tieBreak: Quota['tieBreak']): {
  compare: (a: CohortEntry, b: CohortEntry) => number;
  tied: (a: CohortEntry, b: CohortEntry) => boolean;
} {
  const keys = (tieBreak ?? []).map((t) => ({ slot: plan.factIndex.get(t.fact) as number, sign: t.order === 'desc' ? -1 : 1 }));
  const rankCmp = (a: CohortEntry, b: CohortEntry): number => {
    if (a.score !== b.score) return b.score - a.score;
    for (const k of keys) {
      const va = a.scored.subject.facts[k.slot];
      const vb = b.scored.subject.facts[k.slot];
      // A missing value ranks last whatever the order.
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
        continue;
      }
      const c = compareValues(va, vb);
      if (c !== 0) return c * k.sign;
    }
    return 0;
  };
  return {
    compare: (a, b) => rankCmp(a, b) || compareCodePoints(a.id, b.id),
    tied: (a, b) => rankCmp(a, b) === 0,
  };
}
