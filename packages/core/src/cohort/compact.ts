import type { PreparedPlan } from '../evaluate/plan.js';
import { codePointOrder, compareCodePoints } from '../hash/compare.js';
import type { HistoryEntry } from '../schema/subject.js';
import { type SummaryLayout, summaryLayout, writeSummaryBits } from './summary.js';

/** One subject's numbers from pass one (units, level indexes, category slot). */
export interface CompactScore {
  score: number;
  unclamped: number;
  band: number;
  level: number;
  slot: number;
}

/**
 * A cohort as parallel arrays, one position per scored subject: what quotas, ranks and the
 * distribution need (id, score in units, level index, category slot, input index, tie-break
 * facts), and nothing else. Positions are in the order subjects were added; `order` lists them
 * by id once the cohort is complete.
 */
export class CompactCohort {
  ids: string[] = [];
  score: Float64Array;
  level: Uint16Array;
  slot: Uint16Array;
  index: Float64Array;
  unclamped: Float64Array;
  band: Uint16Array;
  /** `layout.width` bytes per subject for its summary (see `summary.ts`). */
  bits: Uint8Array;
  readonly layout: SummaryLayout;
  private readonly plan: PreparedPlan;
  /** Values of the facts used as tie-breaks, one list per such fact. */
  readonly tieValues: unknown[][];
  /** Fact index → position in `tieValues`. */
  readonly tieSlot: ReadonlyMap<number, number>;
  /** The tie-break facts in `tieValues` order, and whether each is read from `num` (no Map walked per subject). */
  private readonly tieFacts: Int32Array;
  private readonly tieNumeric: Uint8Array;
  count = 0;
  /** Each position's place in id order (see `idRanks`), set once ids are final. */
  idRank: Int32Array | undefined;
  /** Positions in id order (`byId()`'s result), set with `idRank`. */
  idOrder: Int32Array | undefined;
  /** Every position by score (highest first), then id: set once scores and ids are final. */
  byScore: Int32Array | undefined;

  /**
   * @param capacity positions to allocate at once (at least 1024); more are added by growing, which
   *   copies every array: a caller that knows the cohort's size saves the copies.
   */
  constructor(plan: PreparedPlan, capacity = 1024) {
    const cap = Math.max(1024, Math.ceil(capacity));
    this.score = new Float64Array(cap);
    this.level = new Uint16Array(cap);
    this.slot = new Uint16Array(cap);
    this.index = new Float64Array(cap);
    this.unclamped = new Float64Array(cap);
    this.band = new Uint16Array(cap);
    const slots = new Map<number, number>();
    for (const q of plan.quotas) for (const t of q.tieBreak ?? []) {
      const f = plan.factIndex.get(t.fact) as number;
      if (!slots.has(f)) slots.set(f, slots.size);
    }
    this.tieSlot = slots;
    this.tieFacts = Int32Array.from(slots.keys());
    this.tieNumeric = Uint8Array.from(slots.keys(), (f) => (plan.facts[f]?.numeric ? 1 : 0));
    this.tieValues = Array.from({ length: slots.size }, () => []);
    this.plan = plan;
    this.layout = summaryLayout(plan);
    this.bits = new Uint8Array(cap * this.layout.width);
  }

  private grow(): void {
    // By half again, not double: a national cohort's arrays then carry at most a third unused.
    const cap = Math.ceil(this.score.length * 1.5);
    const g = <T extends Float64Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.score = g(this.score, (n) => new Float64Array(n));
    this.level = g(this.level, (n) => new Uint16Array(n));
    this.slot = g(this.slot, (n) => new Uint16Array(n));
    this.index = g(this.index, (n) => new Float64Array(n));
    this.unclamped = g(this.unclamped, (n) => new Float64Array(n));
    this.band = g(this.band, (n) => new Uint16Array(n));
    this.bits = g(this.bits, (n) => new Uint8Array(n * this.layout.width));
  }

  /**
   * Appends a scored subject: `facts` and `num` as scoring reads them (only tie-break facts are kept), `conds`
   * its condition results and `history` its earlier periods (only what summaries read is kept).
   */
  push(id: string, s: CompactScore, index: number, facts: readonly unknown[], num: Float64Array, conds: Uint8Array, history: readonly HistoryEntry[]): number {
    const e = this.append(id, s, index);
    for (let k = 0; k < this.tieFacts.length; k++) {
      const f = this.tieFacts[k] as number;
      (this.tieValues[k] as unknown[]).push(this.tieNumeric[k] === 1 ? num[f] : facts[f]);
    }
    if (this.layout.width > 0) writeSummaryBits(this.plan, this.layout, conds, history, this.bits, e * this.layout.width);
    return e;
  }

  /** Appends a subject's numbers only (tie values and summary bytes are copied by the caller). */
  append(id: string, s: CompactScore, index: number): number {
    if (this.count === this.score.length) this.grow();
    const e = this.count++;
    this.ids.push(id);
    this.score[e] = s.score;
    this.unclamped[e] = s.unclamped;
    this.band[e] = s.band;
    this.level[e] = s.level;
    this.slot[e] = s.slot;
    this.index[e] = index;
    return e;
  }

  /** Copies position `e` of another cohort of the same plan (tie values and summary bytes too). */
  copyFrom(other: CompactCohort, e: number): number {
    const f = this.append(other.ids[e] as string, { score: other.score[e] as number, unclamped: other.unclamped[e] as number, band: other.band[e] as number, level: other.level[e] as number, slot: other.slot[e] as number }, other.index[e] as number);
    for (let k = 0; k < this.tieValues.length; k++) (this.tieValues[k] as unknown[])[f] = (other.tieValues[k] as unknown[])[e];
    const w = this.layout.width;
    if (w > 0) this.bits.set(other.bits.subarray(e * w, e * w + w), f * w);
    return f;
  }

  private shared: readonly number[] | undefined;

  /** `positions()`, made once and shared: for readers only (quotas read it once per population). */
  allPositions(): readonly number[] {
    if (this.shared?.length !== this.count) this.shared = this.positions();
    return this.shared;
  }

  /** Every position, in the order subjects were added: 0, 1, … count − 1 (a new array). */
  positions(): number[] {
    const all = new Array<number>(this.count);
    for (let e = 0; e < this.count; e++) all[e] = e;
    return all;
  }

  /** Positions sorted by id (code point order). */
  byId(): Int32Array {
    const ids = this.ids;
    const cmp = codePointOrder(ids);
    // Files often list subjects in id order: then one pass says so, and no comparator is called
    // from inside the sort for every pair. Otherwise a plain array, whose sort (TimSort) makes
    // use of runs already in order; a typed array's sort would not.
    let inOrder = true;
    for (let e = 1; e < this.count && inOrder; e++) inOrder = cmp(ids[e - 1] as string, ids[e] as string) < 0;
    if (inOrder) {
      const identity = new Int32Array(this.count);
      for (let e = 0; e < this.count; e++) identity[e] = e;
      return identity;
    }
    const order = this.positions();
    order.sort((a, b) => cmp(ids[a] as string, ids[b] as string));
    return Int32Array.from(order);
  }

  /** Each position's place in id order, from `byId()`'s result: comparing ids becomes comparing numbers. */
  static idRanks(sorted: Int32Array): Int32Array {
    const rank = new Int32Array(sorted.length);
    for (let k = 0; k < sorted.length; k++) rank[sorted[k] as number] = k;
    return rank;
  }

  /** The position of an id in `sorted` (positions by id), or -1: a binary search, no index kept. */
  find(sorted: Int32Array, id: string): number {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = sorted[mid] as number;
      const c = compareCodePoints(this.ids[e] as string, id);
      if (c === 0) return e;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
