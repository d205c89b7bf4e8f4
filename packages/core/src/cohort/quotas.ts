import type { Message, QuotaReport, TraceEntry } from '../result/types.js';
import type { Quota } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { en, fmtNumber } from '../evaluate/format.js';
import { levelId, levelLabel, provenance } from '../evaluate/run.js';
import { compareCodePoints } from '../hash/compare.js';
import type { CompactCohort } from './compact.js';
import { countOf, withinTolerance } from './percent.js';
import { byScoreThenId, rankOrder } from './rank-key.js';

/** What one quota decided, per cohort position, for the subjects' traces on a second pass. */
export interface QuotaDecision {
  quota: Quota;
  /** The level a subject was moved from (-1: not moved). */
  movedFrom: Int16Array;
  /** The level it was moved to. */
  to: number;
  /** 1 when the subject is in the tied group at the boundary. */
  review: Uint8Array;
  /** Population size and limit by category slot (the one population at slot -1 without perCategory). */
  population: Map<number, { n: number; limit: number }>;
}

/** Positions a quota applies to: all, or per category (category order, then no category). */
export function populations(plan: PreparedPlan, c: CompactCohort, perCategory: boolean | undefined): { slot: number; category?: string; members: readonly number[] }[] {
  const all = c.allPositions();
  if (!perCategory) return [{ slot: -1, members: all }];
  const bySlot = new Map<number, number[]>();
  for (const e of all) {
    const s = c.slot[e] as number;
    const list = bySlot.get(s);
    if (list) list.push(e);
    else bySlot.set(s, [e]);
  }
  return [...bySlot.keys()].sort((a, b) => a - b).map((slot) => {
    const members = bySlot.get(slot) as number[];
    const category = slot > 0 ? plan.categories[slot - 1] : undefined;
    return category === undefined ? { slot, members } : { slot, category, members };
  });
}

/** The end index (exclusive) of the run of positions tied with list[i]. */
function tiedRunEnd(list: readonly number[], i: number, tied: (a: number, b: number) => boolean): number {
  let j = i + 1;
  while (j < list.length && tied(list[i] as number, list[j] as number)) j++;
  return j;
}
function tiedRunStart(list: readonly number[], i: number, tied: (a: number, b: number) => boolean): number {
  let j = i;
  while (j > 0 && tied(list[j - 1] as number, list[i] as number)) j--;
  return j;
}

/** The set's levels as a mask, with its best and worst level. */
function levelSet(plan: PreparedPlan, quota: Quota): { inSet: Uint8Array; best: number; worst: number } {
  const L = plan.levels.length;
  const inSet = new Uint8Array(L + 1);
  let best = L;
  let worst = 0;
  for (const id of quota.levels) {
    const i = plan.levelIndex.get(id) as number;
    inSet[i] = 1;
    best = Math.min(best, i);
    worst = Math.max(worst, i);
  }
  return { inSet, best, worst };
}

export function newQuotaDecision(plan: PreparedPlan, quota: Quota, n: number): QuotaDecision {
  const { best, worst } = levelSet(plan, quota);
  const to = quota.kind === 'atLeast' ? best : Math.min(worst + 1, plan.levels.length);
  return { quota, movedFrom: new Int16Array(n).fill(-1), to, review: new Uint8Array(n), population: new Map() };
}

/**
 * Applies one quota to one population (semantics 6), moving levels in `c.level`. atMost keeps
 * ⌊p·N⌋ and moves the rest to the level below the set; atLeast brings ⌈p·N⌉ into the set from the
 * lowest ranked above it; target only reports. A tied group at the boundary is never split: it
 * moves (or stays) as a whole and each of its members is flagged for review. O(n log n).
 */
export function applyQuota(plan: PreparedPlan, c: CompactCohort, d: QuotaDecision, members: readonly number[], slot: number, category: string | undefined): QuotaReport {
  const quota = d.quota;
  const { inSet, best } = levelSet(plan, quota);
  const { compare, tied } = rankOrder(plan, c, quota.tieBreak);
  // Without tie-break facts the rank order is the cohort's by score then id, sorted once: the
  // members a quota needs are taken from it in order (slot -1: everyone is a member).
  const byScore = quota.tieBreak?.length ? undefined : byScoreThenId(c);
  const cohortSlot = c.slot;
  const level = c.level;
  /** The members whose level is marked in `levels`, in rank order (best first). */
  const rankedAt = (levels: Uint8Array): number[] => {
    if (!byScore) return members.filter((e) => levels[level[e] as number] === 1).sort(compare);
    const out: number[] = [];
    for (let k = 0; k < byScore.length; k++) {
      const e = byScore[k] as number;
      if (levels[level[e] as number] === 1 && (slot < 0 || cohortSlot[e] === slot)) out.push(e);
    }
    return out;
  };
  const N = members.length;
  /** How many members have a level marked in `levels`. */
  const countAt = (levels: Uint8Array): number => {
    let k = 0;
    // Slot -1: the members are every position, in order.
    if (slot < 0) for (let e = 0; e < N; e++) k += levels[level[e] as number] as number;
    else for (let i = 0; i < N; i++) k += levels[level[members[i] as number] as number] as number;
    return k;
  };
  const count = (): number => countAt(inSet);
  /**
   * atLeast's candidates, lowest ranked first: the members marked in `levels`, enough of them to
   * take `take` and to see where the tied group at the boundary ends (not the whole population).
   */
  const lowestFirst = (levels: Uint8Array, take: number): number[] => {
    if (!byScore) return rankedAt(levels).reverse();
    const out: number[] = [];
    for (let k = byScore.length - 1; k >= 0; k--) {
      const e = byScore[k] as number;
      if (levels[level[e] as number] !== 1 || (slot >= 0 && cohortSlot[e] !== slot)) continue;
      out.push(e);
      if (out.length > take && (take === 0 || !tied(out[take - 1] as number, e))) break;
    }
    return out;
  };
  const before = count();
  const moved: number[] = [];
  let review: number[] = [];
  let limit: number;
  const move = (e: number): void => {
    d.movedFrom[e] = level[e] as number;
    level[e] = d.to;
    moved.push(e);
  };

  if (quota.kind === 'atMost') {
    limit = countOf(quota.percent, N, 'floor');
    const inside = rankedAt(inSet);
    if (inside.length > limit) {
      let cut = limit;
      if (cut > 0 && tied(inside[cut - 1] as number, inside[cut] as number)) {
        const start = tiedRunStart(inside, cut, tied);
        review = inside.slice(start, tiedRunEnd(inside, cut, tied));
        cut = start;
      }
      for (const e of review) d.review[e] = 1;
      for (let i = cut; i < inside.length; i++) move(inside[i] as number);
    }
  } else if (quota.kind === 'atLeast') {
    limit = countOf(quota.percent, N, 'ceil');
    if (before < limit) {
      // Lowest ranked first among those above the set.
      const aboveSet = new Uint8Array(inSet.length).fill(1, 0, best);
      const aboveCount = countAt(aboveSet);
      let take = Math.min(limit - before, aboveCount);
      const above = lowestFirst(aboveSet, take);
      if (take > 0 && take < aboveCount && tied(above[take - 1] as number, above[take] as number)) {
        const start = tiedRunStart(above, take - 1, tied);
        const end = tiedRunEnd(above, take - 1, tied);
        review = above.slice(start, end);
        take = end;
      }
      for (const e of review) d.review[e] = 1;
      for (let i = 0; i < take; i++) move(above[i] as number);
    }
  } else {
    limit = countOf(quota.percent, N, 'round');
  }
  d.population.set(slot, { n: N, limit });

  const after = count();
  const met =
    quota.kind === 'atMost' ? after <= limit : quota.kind === 'atLeast' ? after >= limit : withinTolerance(after, N, quota.percent, quota.tolerance ?? 0);
  const kindZh = quota.kind === 'atMost' ? '不超过' : quota.kind === 'atLeast' ? '不低于' : '约为';
  const kindEn = quota.kind === 'atMost' ? 'at most' : quota.kind === 'atLeast' ? 'at least' : 'about';
  const countZh = quota.kind === 'atMost' ? '最多' : quota.kind === 'atLeast' ? '至少' : '约';
  const where = category ? `（${category}）` : '';
  const whereEn = category ? ` (${category})` : '';
  const report: QuotaReport = {
    id: quota.id,
    kind: quota.kind,
    population: N,
    limit,
    before,
    after,
    met,
    // atMost moves the end of `inside` (rank order), atLeast the start of `above` (lowest first).
    moved: (quota.kind === 'atLeast' ? moved.slice().reverse() : moved).map((e) => c.ids[e] as string),
    tiedForReview: inIdOrder(review.map((e) => c.ids[e] as string)),
    message: {
      zh: `${quota.label.zh}${where}（${kindZh} ${fmtNumber(quota.percent)}%，共 ${N} 个，${countZh} ${limit} 个）：调整前 ${before} 个，调整后 ${after} 个${moved.length ? `，调整 ${moved.length} 个` : ''}${review.length ? `，其中 ${review.length} 个因同分整组处理，需复核` : ''}；${met ? '符合要求' : '未达到要求'}`,
      en: `${en(quota.label)}${whereEn} (${kindEn} ${fmtNumber(quota.percent)}%: ${limit} of ${N}): ${before} before, ${after} after${moved.length ? `, ${moved.length} moved` : ''}${review.length ? `, ${review.length} tied and flagged for review` : ''}; ${met ? 'met' : 'not met'}`,
    },
  };
  if (category !== undefined) report.category = category;
  return report;
}

/** Ids sorted by code point; a tied group ranked by score then id is in that order already. */
function inIdOrder(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) if (compareCodePoints(ids[i - 1] as string, ids[i] as string) > 0) return ids.sort(compareCodePoints);
  return ids;
}

/** The trace entry of a subject a quota moved (built on the second pass, from the decision). */
export function quotaMoveTrace(plan: PreparedPlan, d: QuotaDecision, e: number, slot: number): TraceEntry {
  const quota = d.quota;
  const from = d.movedFrom[e] as number;
  const to = d.to;
  const pop = d.population.get(quota.perCategory ? slot : -1) as { n: number; limit: number };
  const tiedZh = d.review[e] === 1 ? '（与边界上的同分单位整组处理）' : '';
  const tiedEn = d.review[e] === 1 ? ' (tied at the boundary: the tied group as a whole)' : '';
  const zh = quota.kind === 'atMost' ? `（${pop.n} 个中最多 ${pop.limit} 个）：按排名超出名额` : `（${pop.n} 个中至少 ${pop.limit} 个）：按排名列入`;
  const enText = quota.kind === 'atMost' ? ` (at most ${pop.limit} of ${pop.n}): ranked beyond the limit` : ` (at least ${pop.limit} of ${pop.n}): ranked into the set`;
  return {
    step: 'quota',
    rule: quota.id,
    from: levelId(plan, from),
    to: levelId(plan, to),
    ...provenance(quota),
    message: {
      zh: `${quota.label.zh}${zh}${tiedZh}，由${levelLabel(plan, from).zh}调整为${levelLabel(plan, to).zh}`,
      en: `${en(quota.label)}${enText}${tiedEn}, from ${levelLabel(plan, from).en} to ${levelLabel(plan, to).en}`,
    },
  };
}

/** The review flag of a subject in a quota's tied group. */
export function quotaReviewMessage(quota: Quota): Message {
  return {
    zh: `需复核：${quota.label.zh}的名额边界上有同分（同排名）单位，已整组处理`,
    en: `for review: tied at the boundary of ${en(quota.label)}; the tied group was treated as a whole`,
  };
}
