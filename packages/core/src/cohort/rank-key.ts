import type { Quota } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { compareCodePoints } from '../hash/compare.js';
import { CompactCohort } from './compact.js';

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
  const idRank = idRanksOf(c);
  return {
    compare: (a, b) => rankCmp(a, b) || (idRank[a] as number) - (idRank[b] as number),
    tied: (a, b) => rankCmp(a, b) === 0,
  };
}

/**
 * Every position in rank order without tie-break facts (score, higher first, then id), sorted
 * once per cohort: quotas then take their members from it in one pass instead of sorting each
 * list. Scores do not change once a cohort is finished, whatever the quotas move.
 */
export function byScoreThenId(c: CompactCohort): Int32Array {
  c.byScore ??= scoreBuckets(c) ?? Int32Array.from(sortByKeyThenId(c, c.positions(), c.score, false));
  return c.byScore;
}

/**
 * `sortByKeyThenId` over every position by score, highest first, for the common case of fewer
 * distinct scores than positions: a counting sort on typed arrays, visiting positions in id
 * order. Undefined when the id order is not known yet or the scores do not fit buckets.
 */
function scoreBuckets(c: CompactCohort): Int32Array | undefined {
  const order = c.idOrder;
  const N = c.count;
  const score = c.score;
  if (!order || order.length !== N || N < 64) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (let e = 0; e < N; e++) {
    const k = score[e] as number;
    if (!Number.isInteger(k)) return undefined;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const range = hi - lo + 1;
  if (range > Math.max(N, 1 << 16)) return undefined;
  const next = new Int32Array(range + 1);
  for (let e = 0; e < N; e++) next[hi - (score[e] as number) + 1]++;
  for (let b = 0; b < range; b++) next[b + 1] = (next[b + 1] as number) + (next[b] as number);
  const out = new Int32Array(N);
  for (let r = 0; r < N; r++) {
    const e = order[r] as number;
    out[next[hi - (score[e] as number)]++ as number] = e;
  }
  return out;
}

function idRanksOf(c: CompactCohort): Int32Array {
  if (!c.idRank) c.idRank = CompactCohort.idRanks(c.byId());
  return c.idRank;
}

/**
 * Sorts positions by a numeric key, then by id: `key` ascending when `ascending`, else descending.
 * Scores are whole units within the scale, so there are usually few distinct keys: then each
 * position goes to its key's bucket, visited in id order (a counting sort, O(N + keys)). With
 * many keys, when (range of keys + 1) · N stays below 2^53, each position becomes one exact number
 * (key rank · N + id rank) and the typed array sorts natively, with no comparator called a million
 * times; otherwise a comparator does the same.
 */
export function sortByKeyThenId(c: CompactCohort, members: number[], key: Float64Array, ascending: boolean): number[] {
  const idRank = idRanksOf(c);
  const N = c.count;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of members) {
    const k = key[e] as number;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const wholeKeys = members.every((e) => Number.isInteger(key[e]));
  if (members.length < 64 || !wholeKeys || (hi - lo + 1) * N >= 2 ** 53) {
    const sign = ascending ? 1 : -1;
    return members.sort((a, b) => sign * ((key[a] as number) - (key[b] as number)) || (idRank[a] as number) - (idRank[b] as number));
  }
  // Positions by id rank (-1: not a member).
  const byRank = new Int32Array(N).fill(-1);
  for (const e of members) byRank[idRank[e] as number] = e;
  const out: number[] = new Array<number>(members.length);
  const range = hi - lo + 1;
  if (range <= Math.max(members.length, 1 << 16)) {
    const bucket = (e: number): number => (ascending ? (key[e] as number) - lo : hi - (key[e] as number));
    const next = new Int32Array(range + 1);
    for (const e of members) next[bucket(e) + 1]++;
    for (let b = 0; b < range; b++) next[b + 1] = (next[b + 1] as number) + (next[b] as number);
    for (let r = 0; r < N; r++) {
      const e = byRank[r] as number;
      if (e >= 0) out[next[bucket(e)]++ as number] = e;
    }
    return out;
  }
  const packed = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const e = members[i] as number;
    const k = key[e] as number;
    packed[i] = (ascending ? k - lo : hi - k) * N + (idRank[e] as number);
  }
  packed.sort();
  for (let i = 0; i < packed.length; i++) out[i] = byRank[(packed[i] as number) % N] as number;
  return out;
}
