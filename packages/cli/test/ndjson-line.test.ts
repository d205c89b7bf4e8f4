import fc from 'fast-check';
import { parseJson } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { fastJson, parseSubjectLine } from '../src/stream/ndjson-line.js';

const key = fc.constantFrom('id', 'facts', 'a', 'x', '五', ':', '",', '__proto__', 'constructor', 'prototype', 'proto', 'a\\"b');
const colon = fc.constantFrom(':', ' :', ': ', '\n:\t');
const value = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1e400', '0.5', 'true', 'null', '"constructor"', '"__proto__"', '":x"', '[]', '{}', '"a\\u0022"'),
  fc.string({ unit: fc.constantFrom('a', ':', '"', ',', '{', ']', '\\') }).map((s) => JSON.stringify(s)),
);

/** A JSON object written by hand: keys may repeat, be reserved, be spaced from their colon. */
const objectText: fc.Arbitrary<string> = fc.letrec<{ obj: string }>((tie) => ({
  obj: fc
    .array(fc.tuple(key, colon, fc.oneof({ depthSize: 'small' }, value, tie('obj'))), { maxLength: 5 })
    .map((entries) => `{${entries.map(([k, c, v]) => `"${k}"${c}${v}`).join(',')}}`),
})).obj;

describe('an NDJSON line, the fast way or the careful way', () => {
  it('gives what the core’s parser gives, or refuses what it refuses', () => {
    fc.assert(
      fc.property(objectText, (text) => {
        const careful = parseJson(text, { maxBytes: 1 << 22 });
        const line = parseSubjectLine(text, 0, 1);
        expect(line.ok).toBe(careful.ok);
        if (line.ok && careful.ok) expect(line.value).toEqual(careful.value);
        const fast = fastJson(text);
        // The fast way only ever takes what the careful parser takes, with the same value.
        if (fast) {
          expect(careful.ok).toBe(true);
          if (careful.ok) expect(fast.value).toEqual(careful.value);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a reserved key even beside a number too large for a double', () => {
    expect(parseSubjectLine('{"id":"a","facts":{"__proto__":1,"x":1e400}}', 0, 1).ok).toBe(false);
    expect(fastJson('{"id":"a","facts":{"constructor":1,"x":1e400}}')).toBeUndefined();
  });

  it('takes reserved words as values: only keys are refused', () => {
    expect(parseSubjectLine('{"id":"constructor","facts":{"e":"__proto__"}}', 0, 1)).toEqual({ ok: true, value: { id: 'constructor', facts: { e: '__proto__' } } });
  });
});
