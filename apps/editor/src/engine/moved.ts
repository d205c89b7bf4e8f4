import type { CohortSummary } from '../workers/protocol';

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

/** Subjects whose level differs between two scorings of the same cohort, in id order. */
export function levelMoves(before: Scoring, after: Scoring): Move[] {
  const prev = new Map<string, number>();
  for (let k = 0; k < before.ids.length; k++) prev.set(before.ids[k] as string, k);
  const moves: Move[] = [];
  for (let k = 0; k < after.ids.length; k++) {
    const id = after.ids[k] as string;
    const p = prev.get(id);
    if (p === undefined) continue;
    const from = levelOf(before, p);
    const to = levelOf(after, k);
    if (from !== to) moves.push({ id, from, to, scoreFrom: before.score[p] as number, scoreTo: after.score[k] as number });
  }
  return moves.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
