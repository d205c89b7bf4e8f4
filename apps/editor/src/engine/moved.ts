import type { CohortSummary } from '../workers/protocol';
import { compareCodePoints } from '@rubricate/core';

export interface Move {
  id: string;
  from: string | null;
  to: string | null;
  scoreFrom: number;
  scoreTo: number;
}

type Scoring = Pick<CohortSummary, 'ids' | 'score' | 'level' | 'levelIds'>;

const levelOf = (s: Scoring, k: number): string | null => {
  const l = s.level[k] as number;
  return l < 0 ? null : (s.levelIds[l] as string);
};

/**
 * Subjects whose level differs between two scorings of the same cohort, in id order. Both
 * scorings list their subjects in id order (code point order), so one walk along both finds
 * the pairs, with no lookup table built on each re-score.
 */
export function levelMoves(before: Scoring, after: Scoring): Move[] {
  const moves: Move[] = [];
  let p = 0;
  let k = 0;
  while (p < before.ids.length && k < after.ids.length) {
    const id = after.ids[k] as string;
    const c = compareCodePoints(before.ids[p] as string, id);
    if (c < 0) p++;
    else if (c > 0) k++;
    else {
      const from = levelOf(before, p);
      const to = levelOf(after, k);
      if (from !== to) moves.push({ id, from, to, scoreFrom: before.score[p] as number, scoreTo: after.score[k] as number });
      p++;
      k++;
    }
  }
  return moves;
}
