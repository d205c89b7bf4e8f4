import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactCohort } from '../../src/cohort/compact.js';
import { sortByKeyThenId } from '../../src/cohort/rank-key.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import { codePointOrder, compareCodePoints } from '../../src/hash/compare.js';
import { anyang } from '../evaluate/fixtures/anyang.js';

const plan = prepareRubric(anyang).plan;
const NO_CONDS = new Uint8Array(plan.sites.length);

function cohortOf(ids: string[], scores: number[]): CompactCohort {
  const c = new CompactCohort(plan);
  ids.forEach((id, i) => c.push(id, { score: scores[i] as number, unclamped: 0, band: 0, level: 0, slot: 0 }, i, [], new Float64Array(plan.facts.length), NO_CONDS, []));
  return c;
}

describe('sorting cohort positions by score, then id', () => {
  it('gives the comparator’s order on every path: buckets, packed keys, comparator', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '0', '中', '\u{1F600}', '\uFF21'), minLength: 1, maxLength: 6 });
    const scores = fc.oneof(
      // Few distinct whole keys: the counting sort.
      fc.array(fc.integer({ min: -50, max: 200 }), { minLength: 300, maxLength: 300 }),
      // Whole keys spread wider than the cohort and 2^16 (with ties): packed keys.
      fc.array(fc.integer({ min: -3, max: 3 }).map((k) => k * 1_000_003), { minLength: 300, maxLength: 300 }),
      // Fractions and huge keys: the comparator.
      fc.array(fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constant(2 ** 52), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 300, maxLength: 300 }),
    );
    fc.assert(
      // Populations under 64 are always sorted by the comparator; most here are above.
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 300, size: 'max' }), scores, fc.boolean(), fc.integer({ min: 1, max: 4 }), (ids, scores, ascending, every) => {
        const c = cohortOf(ids, scores);
        // A population is any subset of the cohort's positions.
        const members = ids.map((_, e) => e).filter((e) => e % every === 0);
        const expected = [...members].sort((a, b) => (ascending ? 1 : -1) * ((scores[a] as number) - (scores[b] as number)) || compareCodePoints(ids[a] as string, ids[b] as string));
        expect(sortByKeyThenId(c, members, c.score, ascending)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('orders ids by code point, natively when no id needs care', () => {
    expect(codePointOrder(['a', 'b'])('a', 'b')).toBeLessThan(0);
    const mixed = ['\uFF21', '\u{1F600}'];
    // U+FF21 is below U+1F600 by code point, though above its surrogates by code unit.
    expect(codePointOrder(mixed)('\uFF21', '\u{1F600}')).toBeLessThan(0);
    expect('\uFF21' < '\u{1F600}').toBe(false);
  });
});
