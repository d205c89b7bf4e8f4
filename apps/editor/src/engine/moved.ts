import type { ResultRow } from '../workers/protocol';

export interface Move {
  id: string;
  from: string | null;
  to: string | null;
  scoreFrom: number;
  scoreTo: number;
}

/** Subjects whose level differs between two scorings of the same cohort, in id order. */
export function levelMoves(before: readonly ResultRow[], after: readonly ResultRow[]): Move[] {
  const prev = new Map(before.map((r) => [r.id, r]));
  const moves: Move[] = [];
  for (const r of after) {
    const p = prev.get(r.id);
    if (p && p.level !== r.level) moves.push({ id: r.id, from: p.level, to: r.level, scoreFrom: p.score, scoreTo: r.score });
  }
  return moves.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
