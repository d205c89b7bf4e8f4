import { describe, expect, it } from 'vitest';
import { levelMoves } from '../src/engine/moved';

const levelIds = ['five', 'four', 'three', 'one'];
// a scoring lists its subjects in id order, as the core's columns do
const scoring = (unsorted: [string, string | null, number][]) => {
  const rows = [...unsorted].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
  ids: rows.map((r) => r[0]),
  score: Float64Array.from(rows.map((r) => r[2])),
  level: Int16Array.from(rows.map((r) => (r[1] === null ? -1 : levelIds.indexOf(r[1])))),
  levelIds,
  };
};

describe('what moved after an edit', () => {
  it('lists subjects whose level changed, in id order, ignoring new or dropped subjects', () => {
    const before = scoring([['b', 'four', 85], ['a', 'five', 91], ['c', 'three', 70], ['gone', 'one', 50]]);
    const after = scoring([['a', 'four', 91], ['b', 'four', 86], ['c', null, 70], ['new', 'five', 99]]);
    expect(levelMoves(before, after)).toEqual([
      { id: 'a', from: 'five', to: 'four', scoreFrom: 91, scoreTo: 91 },
      { id: 'c', from: 'three', to: null, scoreFrom: 70, scoreTo: 70 },
    ]);
  });
});
