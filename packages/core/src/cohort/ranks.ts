import type { Message, OutcomeResult, RankReport, TraceEntry } from '../result/types.js';
import type { RankOutcome } from '../schema/cohort.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { en, fmtNumber } from '../evaluate/format.js';
import { provenance } from '../evaluate/run.js';
import { compareCodePoints } from '../hash/compare.js';
import type { CompactCohort } from './compact.js';
import { sortByKeyThenId } from './rank-key.js';
import { countOf } from './percent.js';

/** What one rank decided, per cohort position. */
export interface RankDecision {
  rank: RankOutcome;
  /** Place among the chosen, 0-based (-1: not chosen). */
  position: Int32Array;
  review: Uint8Array;
  population: number;
}

/**
 * The bottom (or top) p% by final score get the rank's label (e.g. 相对后进村). The count is
 * p·N rounded as the rank says (default up); a tied group at the boundary is taken whole and
 * flagged for review. O(n log n) over cohort positions.
 */
export function applyRank(plan: PreparedPlan, rank: RankOutcome, c: CompactCohort): { report: RankReport; decision: RankDecision } {
  let members: number[] = [];
  for (let e = 0; e < c.count; e++) {
    const s = c.slot[e] as number;
    if (!rank.categories || (s > 0 && rank.categories.includes(plan.categories[s - 1] as string))) members.push(e);
  }
  const score = c.score;
  const ids = c.ids;
  members = sortByKeyThenId(c, members, score, rank.direction === 'bottom');
  const N = members.length;
  const count = Math.min(countOf(rank.percent, N, rank.rounding ?? 'ceil'), N);
  let end = count;
  const decision: RankDecision = { rank, position: new Int32Array(c.count).fill(-1), review: new Uint8Array(c.count), population: N };
  let review: number[] = [];
  if (count > 0 && count < N && score[members[count - 1] as number] === score[members[count] as number]) {
    const s = score[members[count - 1] as number] as number;
    let start = count - 1;
    while (start > 0 && score[members[start - 1] as number] === s) start--;
    while (end < N && score[members[end] as number] === s) end++;
    review = members.slice(start, end);
  }
  for (let i = 0; i < end; i++) decision.position[members[i] as number] = i;
  for (const e of review) decision.review[e] = 1;
  return {
    decision,
    report: {
      id: rank.id,
      direction: rank.direction,
      population: N,
      count: end,
      subjects: members.slice(0, end).map((e) => ids[e] as string),
      tiedForReview: review.map((e) => ids[e] as string).sort(compareCodePoints),
    },
  };
}

function rankLabel(rank: RankOutcome): { zh: string; en: string } {
  return { zh: rank.label.zh, en: en(rank.label) };
}

/** The outcome and trace entry of a chosen subject (second pass). */
export function rankSteps(d: RankDecision, e: number): { outcome: OutcomeResult; trace: TraceEntry } {
  const rank = d.rank;
  const i = d.position[e] as number;
  const N = d.population;
  const label = rankLabel(rank);
  const dirZh = rank.direction === 'bottom' ? '后' : '前';
  const dirEn = rank.direction === 'bottom' ? 'bottom' : 'top';
  const place = rank.direction === 'bottom' ? N - i : i + 1;
  return {
    outcome: { id: rank.id, kind: 'label', from: 'rank', label },
    trace: {
      step: 'rank',
      rule: rank.id,
      ...provenance(rank),
      message: {
        zh: `按得分排名处于${dirZh} ${fmtNumber(rank.percent)}%（${N} 个中第 ${place} 名）：${label.zh}`,
        en: `in the ${dirEn} ${fmtNumber(rank.percent)}% by score (rank ${place} of ${N}): ${label.en}`,
      },
    },
  };
}

export function rankReviewMessage(rank: RankOutcome): Message {
  const label = rankLabel(rank);
  return { zh: `需复核：${label.zh}的排名边界上有同分单位，已整组列入`, en: `for review: tied at the boundary of ${label.en}; the tied group was taken whole` };
}
