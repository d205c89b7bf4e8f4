import type { RankReport } from '../result/types.js';
import type { RankOutcome } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { en, fmtNumber } from '../evaluate/format.js';
import { provenance } from '../evaluate/run.js';
import { compareCodePoints } from '../hash/compare.js';
import { type CohortEntry, flagOnce } from './entry.js';
import { countOf } from './percent.js';

/**
 * The bottom (or top) p% by final score get the rank's label (e.g. 相对后进村). The count is
 * p·N rounded as the rank says (default up); a tied group at the boundary is taken whole and
 * flagged for review.
 */
export function applyRank(plan: PreparedPlan, rank: RankOutcome, entries: readonly CohortEntry[]): RankReport {
  const members = entries.filter((e) => !rank.categories || (e.category !== undefined && rank.categories.includes(e.category)));
  const sign = rank.direction === 'bottom' ? 1 : -1;
  members.sort((a, b) => sign * (a.score - b.score) || compareCodePoints(a.id, b.id));
  const N = members.length;
  const count = Math.min(countOf(rank.percent, N, rank.rounding ?? 'ceil'), N);
  let end = count;
  let review: CohortEntry[] = [];
  if (count > 0 && count < N && (members[count - 1] as CohortEntry).score === (members[count] as CohortEntry).score) {
    const s = (members[count - 1] as CohortEntry).score;
    let start = count - 1;
    while (start > 0 && (members[start - 1] as CohortEntry).score === s) start--;
    while (end < N && (members[end] as CohortEntry).score === s) end++;
    review = members.slice(start, end);
  }
  const chosen = members.slice(0, end);
  const dirZh = rank.direction === 'bottom' ? '后' : '前';
  const dirEn = rank.direction === 'bottom' ? 'bottom' : 'top';
  const label = { zh: rank.label.zh, en: en(rank.label) };
  chosen.forEach((e, i) => {
    e.outcomes.push({ id: rank.id, kind: 'label', from: 'rank', label });
    e.trace.push({
      step: 'rank',
      rule: rank.id,
      ...provenance(rank),
      message: {
        zh: `按得分排名处于${dirZh} ${fmtNumber(rank.percent)}%（${N} 个中第 ${rank.direction === 'bottom' ? N - i : i + 1} 名）：${label.zh}`,
        en: `in the ${dirEn} ${fmtNumber(rank.percent)}% by score (rank ${rank.direction === 'bottom' ? N - i : i + 1} of ${N}): ${label.en}`,
      },
    });
  });
  for (const e of review) {
    flagOnce(e, {
      code: 'rank-tie-review',
      rule: rank.id,
      message: { zh: `需复核：${label.zh}的排名边界上有同分单位，已整组列入`, en: `for review: tied at the boundary of ${label.en}; the tied group was taken whole` },
    });
  }
  return {
    id: rank.id,
    direction: rank.direction,
    population: N,
    count: chosen.length,
    subjects: chosen.map((e) => e.id),
    tiedForReview: review.map((e) => e.id).sort(compareCodePoints),
  };
}
