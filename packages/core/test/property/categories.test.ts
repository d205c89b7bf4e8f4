import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCohort } from '../../src/cohort/index.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { kinds } from '../evaluate/fixtures/kinds.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

const L = (zh: string, en: string) => ({ zh, en });
/** The every-kind rubric with per-category quotas, a tie-break, a target and two ranks. */
const rubric: Rubric = {
  ...kinds,
  quotas: [
    { id: 'goodCap', label: L('好等次名额', 'good share'), levels: ['good'], kind: 'atMost', percent: 20, perCategory: true, tieBreak: [{ fact: 'superiorScore', order: 'desc' }] },
    { id: 'poorFloor', label: L('较差比例', 'poor share'), levels: ['poor'], kind: 'atLeast', percent: 12.5 },
    { id: 'fairTarget', label: L('较好比例', 'fair share'), levels: ['fair'], kind: 'target', percent: 30, tolerance: 10 },
  ],
  ranks: [
    { id: 'bottom', label: L('相对后进', 'relatively backward'), direction: 'bottom', percent: 10 },
    { id: 'top', label: L('先进', 'leading'), direction: 'top', percent: 15, rounding: 'round', categories: ['organ'] },
  ],
};
const prepared = prepareRubric(rubric);

const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
const subjectArb = fc.record({
  category: fc.constantFrom('rural', 'organ'),
  leader: half(10),
  rate: fc.constantFrom(0.4, 0.5, 0.73, 0.9, 1),
  complaints: fc.integer({ min: 0, max: 12 }),
  premises: fc.constantFrom('own', 'shared', 'none'),
  selfScore: half(10),
  publicScore: half(10),
  superiorScore: fc.constantFrom(6, 8, 10),
  honours: fc.subarray(['x', 'y', 'z']),
  warnings: fc.integer({ min: 0, max: 3 }),
  poorVillage: fc.boolean(),
  serious: fc.boolean(),
});
const cohort = fc.array(subjectArb, { minLength: 1, maxLength: 40 }).map((rows) =>
  rows.map(({ category, ...facts }, i) => ({ id: `v${String(i).padStart(2, '0')}`, category, facts })),
);

describe('cohort properties with categories, tie-breaks, targets and ranks', () => {
  it('the output does not depend on the order of the subjects', () => {
    fc.assert(
      fc.property(
        cohort.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
        ([a, b]) => {
          expect(JSON.stringify(evaluateCohort(prepared, b))).toBe(JSON.stringify(evaluateCohort(prepared, a)));
        },
      ),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('per-category caps hold in each category; scores stay within the scale', () => {
    fc.assert(
      fc.property(cohort, (subjects) => {
        const out = evaluateCohort(prepared, subjects);
        expect(out.errors).toEqual([]);
        for (const q of out.quotas.filter((x) => x.id === 'goodCap')) {
          const inCat = out.results.filter((r) => r.category === q.category);
          expect(q.population).toBe(inCat.length);
          expect(inCat.filter((r) => r.level === 'good').length).toBeLessThanOrEqual(q.limit);
          expect(q.limit).toBe(Math.floor((inCat.length * 20) / 100));
        }
        for (const r of out.results) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(60);
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);
});
