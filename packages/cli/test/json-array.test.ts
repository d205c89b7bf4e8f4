import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitJsonArray, type JsonBatch } from '../src/stream/json-array.js';
import { parseRun } from '../src/stream/ndjson-line.js';
import { ReadWhole } from '../src/stream/source.js';

/** The elements' texts (trimmed) and the indexes given, splitting `text` cut at `cuts`. */
async function split(text: string, cuts: number[] = []): Promise<{ texts: string[]; firsts: number[]; batches: JsonBatch[] }> {
  const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of at) {
    pieces.push(text.slice(from, c));
    from = c;
  }
  pieces.push(text.slice(from));
  const texts: string[] = [];
  const firsts: number[] = [];
  const batches: JsonBatch[] = [];
  await splitJsonArray(pieces, (b) => {
    batches.push(b);
    firsts.push(b.first);
    b.starts.forEach((s, k) => texts.push(b.text.slice(s, b.ends[k]).trim()));
  });
  return { texts, firsts, batches };
}

/** JSON text of an array with white space of any kind between its tokens. */
function spaced(values: unknown[], space: string): string {
  return `${space}[${space}${values.map((v) => JSON.stringify(v, null, space.includes('\n') ? 2 : undefined)).join(`${space},${space}`)}${space}]${space}`;
}

describe('a JSON array split as it is read', () => {
  it('gives each element, whatever the values and wherever the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 40 }),
        fc.constantFrom('', ' ', '\n', '\r\n\t '),
        fc.array(fc.nat({ max: 4000 }), { maxLength: 12 }),
        async (values, space, cuts) => {
          const { texts } = await split(spaced(values, space), cuts);
          expect(texts.map((t) => JSON.parse(t) as unknown)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v)) as unknown));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is not fooled by brackets, commas and escaped quotes inside strings', async () => {
    const values = [{ id: 'a,]}', facts: { s: 'x\\"],[{' } }, '\\', '"', ['[', ']'], { k: '\\\\"' }];
    const text = JSON.stringify(values);
    for (let c = 0; c <= text.length; c++) {
      const { texts } = await split(text, [c]);
      expect(texts.map((t) => JSON.parse(t) as unknown)).toEqual(values);
    }
  });

  it('numbers the elements across batches', async () => {
    const values = Array.from({ length: 1000 }, (_, i) => ({ id: `S${i}` }));
    const { texts, firsts, batches } = await split(JSON.stringify(values), [100, 5000, 5001, 17_000]);
    expect(texts).toHaveLength(1000);
    expect(texts[999]).toBe('{"id":"S999"}');
    let next = 0;
    batches.forEach((b, i) => {
      expect(firsts[i]).toBe(next);
      next += b.starts.length;
    });
    expect(batches.length).toBeGreaterThan(3);
    expect(firsts[0]).toBe(0);
  });

  it('an empty array has no element; anything but an array is for the whole-file reader', async () => {
    expect((await split('[]')).texts).toEqual([]);
    expect((await split(' [ \n ] \n')).texts).toEqual([]);
    for (const text of ['{"id":"a"}', '[1] x', '[1', '', '  ', '[1}', '"a"', '[1,2]]']) {
      await expect(split(text), text).rejects.toBeInstanceOf(ReadWhole);
    }
  });

  it('hands empty elements over for the caller to refuse (they are not JSON)', async () => {
    expect((await split('[1,,2]')).texts).toEqual(['1', '', '2']);
    expect((await split('[1, ]')).texts).toEqual(['1', '']);
  });
});

/** Each batch's values by the fast way (undefined for a batch that must be judged element by element), with its first index. */
async function fastBatches(text: string, cuts: number[] = []): Promise<(unknown[] | undefined)[]> {
  return (await fastBatchesAt(text, cuts)).map((b) => b.values);
}

async function fastBatchesAt(text: string, cuts: number[] = []): Promise<{ first: number; count: number; values: unknown[] | undefined }[]> {
  const { batches } = await split(text, cuts);
  return batches.map((b) => {
    const n = b.starts.length;
    const values = b.careful.some(Boolean) ? undefined : parseRun(b.text.slice(b.starts[0], b.ends[n - 1]), n, 1, b.keys.reduce((x, y) => x + y, 0));
    return { first: b.first, count: n, values };
  });
}

const key = fc.constantFrom('id', 'facts', 'a', 'b', 'x', '五', 'a b', ':', '",');
const colon = fc.constantFrom(':', ' :', ': ', '\n:\t', ' : ');

/** An object written by hand, so that a key may be given twice and spaced from its colon. */
const written = fc
  .array(fc.tuple(key, colon, fc.oneof(fc.integer(), fc.string({ unit: fc.constantFrom('a', ':', '"', ',', '{', ']') }))), { maxLength: 6 })
  .map((entries) => ({
    text: `{${entries.map(([k, c, v]) => `${JSON.stringify(k)}${c}${JSON.stringify(v)}`).join(',')}}`,
    repeated: new Set(entries.map(([k]) => k)).size !== entries.length,
    escaped: entries.some(([k, , v]) => JSON.stringify(k).includes('\\') || JSON.stringify(v).includes('\\')),
  }));

describe('parsing a batch of elements at once', () => {
  it('takes a batch only when no key of any element is repeated; then its values are JSON.parse’s', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(written, { minLength: 1, maxLength: 20 }), fc.array(fc.nat({ max: 400 }), { maxLength: 5 }), async (objects, cuts) => {
        const text = `[${objects.map((o) => o.text).join(',\n')}]`;
        for (const b of await fastBatchesAt(text, cuts)) {
          const these = objects.slice(b.first, b.first + b.count);
          if (these.some((o) => o.repeated)) expect(b.values).toBeUndefined();
          else if (!these.some((o) => o.escaped)) expect(b.values).toEqual(these.map((o) => JSON.parse(o.text) as unknown));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the values when every element may take the fast way', async () => {
    expect(await fastBatches('[{"id":"a","facts":{"x":1}},\n{"id":"b","facts":{}}]')).toEqual([[{ id: 'a', facts: { x: 1 } }, { id: 'b', facts: {} }]]);
    expect(await fastBatches('[{ "id" : "a" }, { "id" : "b" }]')).toEqual([[{ id: 'a' }, { id: 'b' }]]);
    expect(await fastBatches('[{"id":"a","ie" :"b"}]')).toEqual([[{ id: 'a', ie: 'b' }]]);
  });

  it('refuses the batch on a repeated key, a reserved key, a backslash or a bad number', async () => {
    for (const text of [
      '[{"id":"a"},{"id":"b","facts":{"x":1,"x":2}}]',
      '[{"id":"a"},{"id":"b","id":"c"}]',
      '[{"id":"a","id" :"b"}]', // a repeated key cannot hide behind a spaced one
      '[{"id" :"a","id":"b"}]',
      '[{"id":"a","facts":{"__proto__":{"x":1}}}]',
      '[{"id":"a","constructor":1}]',
      '[{"id":"a\\u0022"}]',
      '[{"a":1,"\\u0061":2}]',
      '[{"id":"a","facts":{"x":1e400}}]',
      '[{"id":"a"},,{"id":"b"}]',
    ]) {
      expect(await fastBatches(text), text).toEqual([undefined]);
    }
  });
});
