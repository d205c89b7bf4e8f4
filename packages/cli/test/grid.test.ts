import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { grid, pad } from '../src/format/grid.js';

describe('grid', () => {
  it('aligns Chinese and Latin text by display width', () => {
    const lines = grid(['编号', '等次', '得分'], [['s01', '五星级', '99.5'], ['longer-id', 'four', '8']], ['left', 'left', 'right']);
    // Every column starts at the same display column on every line.
    const starts = (line: string, cell: string) => stringWidth(line.slice(0, line.indexOf(cell)));
    expect(starts(lines[0]!, '等次')).toBe(starts(lines[2]!, '五星级'));
    expect(starts(lines[2]!, '五星级')).toBe(starts(lines[3]!, 'four'));
    // The score column is right-aligned: the lines end at the same display width.
    expect(stringWidth(lines[2]!)).toBe(stringWidth(lines[3]!));
    expect(lines[1]).toMatch(/^─+ {2}─+ {2}─+$/);
  });

  it('pads by display width', () => {
    expect(pad('五星', 6)).toBe('五星  ');
    expect(pad('5', 3, 'right')).toBe('  5');
    expect(pad('五星级', 2)).toBe('五星级');
  });
});
