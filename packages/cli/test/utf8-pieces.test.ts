import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Pieces } from '../src/stream/utf8-pieces.js';

/** The text of `bytes` cut at `cuts`, or undefined when the pieces say it is not UTF-8. */
function decode(bytes: Uint8Array, cuts: number[]): string | undefined {
  const at = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  const pieces = new Utf8Pieces();
  let text = '';
  let from = 0;
  for (const c of [...at, bytes.length]) {
    const t = pieces.next(bytes.subarray(from, c));
    if (t === undefined) return undefined;
    text += t;
    from = c;
  }
  return pieces.end() === undefined ? undefined : text;
}

/** What a fatal TextDecoder makes of the same bytes in one go. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

describe('UTF-8 read in pieces', () => {
  it('gives the text wherever the bytes are cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), fc.array(fc.nat({ max: 200 }), { maxLength: 8 }), (text, bom, cuts) => {
        const bytes = new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
        expect(decode(bytes, cuts)).toBe(text.startsWith('\uFEFF') && !bom ? text.slice(1) : text);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses exactly the bytes a fatal TextDecoder refuses, wherever they are cut', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x41));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), fc.array(fc.nat({ max: 24 }), { maxLength: 6 }), (list, cuts) => {
        const bytes = new Uint8Array(list);
        expect(decode(bytes, cuts)).toBe(reference(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses GBK (what Excel saves as plain CSV on a Chinese Windows)', () => {
    const gbk = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc2, 0xfa, 0xd2, 0xe2, 0xc2, 0xca]);
    expect(decode(gbk, [])).toBeUndefined();
    expect(decode(gbk, [1, 3])).toBeUndefined();
  });
});
