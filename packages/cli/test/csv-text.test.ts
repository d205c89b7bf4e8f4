import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from '../src/format/csv-text.js';

/** Strings rich in what CSV quoting is about: quotes, commas, line breaks, spaces, byte-order marks. */
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' ', '\uFEFF', '\t', 'a', '五', '=', '-', "'", '|') }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

describe('CSV text', () => {
  it('writes a record exactly as Papa.unparse writes it', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(csvRecord(cells)).toBe(`${Papa.unparse([cells], { newline: '\n' })}\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a table exactly as Papa.unparse writes it (header and rows)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (width, rows) => {
        const fields = rows[0]!.slice(0, width);
        const data = rows.slice(1).map((r) => r.slice(0, width));
        if (data.length === 0) return;
        const ours = [fields, ...data].map(csvRecord).join('');
        expect(ours).toBe(`${Papa.unparse({ fields, data }, { newline: '\n' })}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes what needs quoting and nothing else', () => {
    expect(csvField('AY-001')).toBe('AY-001');
    expect(csvField('')).toBe('');
    expect(csvField('五星级')).toBe('五星级');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('trail ')).toBe('"trail "');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe('=SUM(A1)'); // no formula escaping, as papaparse by default
  });
});
