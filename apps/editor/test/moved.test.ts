import { describe, expect, it } from 'vitest';
import { levelMoves } from '../src/engine/moved';
import type { ResultRow } from '../src/workers/protocol';

const row = (id: string, level: string | null, score: number): ResultRow => ({ id, level, score, bandLevel: level, levelBeforeQuota: level, reasons: [] });

describe('what moved after an edit', () => {
  it('lists subjects whose level changed, in id order, ignoring new or dropped subjects', () => {
    const before = [row('b', 'four', 85), row('a', 'five', 91), row('c', 'three', 70), row('gone', 'one', 50)];
    const after = [row('a', 'four', 91), row('b', 'four', 86), row('c', null, 70), row('new', 'five', 99)];
    expect(levelMoves(before, after)).toEqual([
      { id: 'a', from: 'five', to: 'four', scoreFrom: 91, scoreTo: 91 },
      { id: 'c', from: 'three', to: null, scoreFrom: 70, scoreTo: 70 },
    ]);
  });
});
