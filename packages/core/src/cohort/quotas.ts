import type { QuotaReport } from '../result/types.js';
import type { Quota } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { en, fmtNumber } from '../evaluate/format.js';
import { levelId, levelLabel, provenance } from '../evaluate/run.js';
import { compareCodePoints } from '../hash/compare.js';
import { type CohortEntry, flagOnce } from './entry.js';
import { countOf, withinTolerance } from './percent.js';
import { rankOrder } from './rank-key.js';

/** Subjects a quota applies to: all, or per category (category order, then no category). */
export function populations(plan: PreparedPlan, entries: readonly CohortEntry[], perCategory: boolean | undefined): { category?: string; members: CohortEntry[] }[] {
  if (!perCategory) return [{ members: entries.slice() }];
  const bySlot = new Map<number, CohortEntry[]>();
  for (const e of entries) {
    const list = bySlot.get(e.slot);
    if (list) list.push(e);
    else bySlot.set(e.slot, [e]);
  }
  return [...bySlot.keys()].sort((a, b) => a - b).map((slot) => {
    const members = bySlot.get(slot) as CohortEntry[];
    const category = slot > 0 ? plan.categories[slot - 1] : undefined;
    return category === undefined ? { members } : { category, members };
  });
}

/** The end index (exclusive) of the run of subjects tied with list[i]. */
function tiedRunEnd(list: readonly CohortEntry[], i: number, tied: (a: CohortEntry, b: CohortEntry) => boolean): number {
  let j = i + 1;
  while (j < list.length && tied(list[i] as CohortEntry, list[j] as CohortEntry)) j++;
  return j;
}
function tiedRunStart(list: readonly CohortEntry[], i: number, tied: (a: CohortEntry, b: CohortEntry) => boolean): number {
  let j = i;
  while (j > 0 && tied(list[j - 1] as CohortEntry, list[i] as CohortEntry)) j--;
  return j;
}

/**
 * Applies one quota to one population (semantics 6). atMost keeps ⌊p·N⌋ and moves the rest to the
 * level below the set; atLeast brings ⌈p·N⌉ into the set from the lowest ranked above it; target
 * only reports. A tied group at the boundary is never split: it moves (or stays) as a whole and
 * each of its members is flagged for review.
 */
export function applyQuota(plan: PreparedPlan, quota: Quota, members: CohortEntry[], category: string | undefined): QuotaReport {
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
  const { compare, tied } = rankOrder(plan, quota.tieBreak);
  const N = members.length;
  const count = (): number => members.reduce((n, e) => n + (inSet[e.level] === 1 ? 1 : 0), 0);
  const before = count();
  const moved: CohortEntry[] = [];
  let review: CohortEntry[] = [];
  let limit: number;
  const move = (e: CohortEntry, to: number, zh: string, enText: string): void => {
    const from = e.level;
    const tiedZh = review.includes(e) ? '（与边界上的同分单位整组处理）' : '';
    const tiedEn = review.includes(e) ? ' (tied at the boundary: the tied group as a whole)' : '';
    e.level = to;
    moved.push(e);
    e.trace.push({
      step: 'quota',
      rule: quota.id,
      from: levelId(plan, from),
      to: levelId(plan, to),
      ...provenance(quota),
      message: {
        zh: `${quota.label.zh}${zh}${tiedZh}，由${levelLabel(plan, from).zh}调整为${levelLabel(plan, to).zh}`,
        en: `${en(quota.label)}${enText}${tiedEn}, from ${levelLabel(plan, from).en} to ${levelLabel(plan, to).en}`,
      },
    });
  };

  if (quota.kind === 'atMost') {
    limit = countOf(quota.percent, N, 'floor');
    const inside = members.filter((e) => inSet[e.level] === 1).sort(compare);
    if (inside.length > limit) {
      let cut = limit;
      if (cut > 0 && tied(inside[cut - 1] as CohortEntry, inside[cut] as CohortEntry)) {
        const start = tiedRunStart(inside, cut, tied);
        review = inside.slice(start, tiedRunEnd(inside, cut, tied));
        cut = start;
      }
      const to = Math.min(worst + 1, L);
      const zh = `（${N} 个中最多 ${limit} 个）：按排名超出名额`;
      const enText = ` (at most ${limit} of ${N}): ranked beyond the limit`;
      for (const e of inside.slice(cut)) move(e, to, zh, enText);
    }
  } else if (quota.kind === 'atLeast') {
    limit = countOf(quota.percent, N, 'ceil');
    if (before < limit) {
      // Lowest ranked first among those above the set.
      const above = members.filter((e) => e.level < best).sort((a, b) => -compare(a, b));
      let take = Math.min(limit - before, above.length);
      if (take > 0 && take < above.length && tied(above[take - 1] as CohortEntry, above[take] as CohortEntry)) {
        const start = tiedRunStart(above, take - 1, tied);
        const end = tiedRunEnd(above, take - 1, tied);
        review = above.slice(start, end);
        take = end;
      }
      const zh = `（${N} 个中至少 ${limit} 个）：按排名列入`;
      const enText = ` (at least ${limit} of ${N}): ranked into the set`;
      for (const e of above.slice(0, take)) move(e, best, zh, enText);
    }
  } else {
    limit = countOf(quota.percent, N, 'round');
  }

  for (const e of review) {
    flagOnce(e, {
      code: 'quota-tie-review',
      rule: quota.id,
      message: {
        zh: `需复核：${quota.label.zh}的名额边界上有同分（同排名）单位，已整组处理`,
        en: `for review: tied at the boundary of ${en(quota.label)}; the tied group was treated as a whole`,
      },
    });
  }
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
    moved: moved.sort(compare).map((e) => e.id),
    tiedForReview: review.map((e) => e.id).sort(compareCodePoints),
    message: {
      zh: `${quota.label.zh}${where}（${kindZh} ${fmtNumber(quota.percent)}%，共 ${N} 个，${countZh} ${limit} 个）：调整前 ${before} 个，调整后 ${after} 个${moved.length ? `，调整 ${moved.length} 个` : ''}${review.length ? `，其中 ${review.length} 个因同分整组处理，需复核` : ''}；${met ? '符合要求' : '未达到要求'}`,
      en: `${en(quota.label)}${whereEn} (${kindEn} ${fmtNumber(quota.percent)}%: ${limit} of ${N}): ${before} before, ${after} after${moved.length ? `, ${moved.length} moved` : ''}${review.length ? `, ${review.length} tied and flagged for review` : ''}; ${met ? 'met' : 'not met'}`,
    },
  };
  if (category !== undefined) report.category = category;
  return report;
}
