import type { PreparedPlan } from '../evaluate/plan.js';
import { compareCodePoints } from '../hash/compare.js';

/**
 * A cohort as parallel arrays, one position per scored subject: what quotas, ranks and the
 * distribution need (id, score in units, level index, category slot, input index, tie-break
 * facts), and nothing else. Positions are in the order subjects were added; `order` lists them
 * by id once the cohort is complete.
 */
export class CompactCohort {
  ids: string[] = [];
  score = new Float64Array(1024);
  level = new Uint16Array(1024);
  slot = new Uint16Array(1024);
  index = new Float64Array(1024);
  /** Values of the facts used as tie-breaks, one list per such fact. */
  readonly tieValues: unknown[][];
  /** Fact index → position in `tieValues`. */
  readonly tieSlot: ReadonlyMap<number, number>;
  count = 0;

  constructor(plan: PreparedPlan) {
    const slots = new Map<number, number>();
    for (const q of plan.quotas) for (const t of q.tieBreak ?? []) {
      const f = plan.factIndex.get(t.fact) as number;
      if (!slots.has(f)) slots.set(f, slots.size);
    }
    this.tieSlot = slots;
    this.tieValues = Array.from({ length: slots.size }, () => []);
  }

  private grow(): void {
    const cap = this.score.length * 2;
    const g = <T extends Float64Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.score = g(this.score, (n) => new Float64Array(n));
    this.level = g(this.level, (n) => new Uint16Array(n));
    this.slot = g(this.slot, (n) => new Uint16Array(n));
    this.index = g(this.index, (n) => new Float64Array(n));
  }

  /** Appends a scored subject; `facts` by declared index (only tie-break facts are kept). */
  push(id: string, score: number, level: number, slot: number, index: number, facts: readonly unknown[]): number {
    if (this.count === this.score.length) this.grow();
    const e = this.count++;
    this.ids.push(id);
    this.score[e] = score;
    this.level[e] = level;
    this.slot[e] = slot;
    this.index[e] = index;
    for (const [f, k] of this.tieSlot) (this.tieValues[k] as unknown[]).push(facts[f]);
    return e;
  }

  /** Positions sorted by id (code point order). */
  byId(): Int32Array {
    const ids = this.ids;
    const order = new Int32Array(this.count);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => compareCodePoints(ids[a] as string, ids[b] as string));
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
