import { compareCodePoints } from '@rubricate/core';

/**
 * The position of `id` in ids sorted in code point order, or -1. A binary search, so no
 * id → position map has to be built after each re-score.
 */
export function positionOf(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareCodePoints(ids[mid] as string, id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
