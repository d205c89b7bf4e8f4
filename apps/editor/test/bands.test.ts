import { describe, expect, it } from 'vitest';
import { analyseBands } from '../src/state/bands';

describe('level bands on the ruler', () => {
  it('half-open bands that meet leave no gap', () => {
    const r = analyseBands(
      [
        { id: 'five', band: { min: 90 } },
        { id: 'four', band: { min: 80, max: 90 } },
        { id: 'none', band: { max: 80 } },
      ],
      0,
      100,
    );
    expect(r.gaps).toEqual([]);
    expect(r.overlaps).toEqual([]);
    expect(r.topUncovered).toBe(false);
  });
  it('integer ranges read literally leave gaps such as [89, 90)', () => {
    const r = analyseBands(
      [
        { id: 'five', band: { min: 90, max: 100 } },
        { id: 'four', band: { min: 80, max: 89 } },
      ],
      0,
      100,
    );
    expect(r.gaps).toEqual([
      { min: 0, max: 80 },
      { min: 89, max: 90 },
    ]);
    expect(r.topUncovered).toBe(true);
  });
  it('overlaps name the levels involved', () => {
    const r = analyseBands(
      [
        { id: 'a', band: { min: 50 } },
        { id: 'b', band: { min: 0, max: 60 } },
      ],
      0,
      100,
    );
    expect(r.overlaps).toEqual([{ min: 50, max: 60, ids: ['a', 'b'] }]);
  });
  it('levels without a band are not drawn', () => {
    expect(analyseBands([{ id: 'veto' }], 0, 100).gaps).toEqual([{ min: 0, max: 100 }]);
  });
});
