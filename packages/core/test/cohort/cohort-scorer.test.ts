import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCohortScorer, evaluateCohort, explainSubject } from '../../src/cohort/index.js';
import { prepareRubric, type PreparedRubric } from '../../src/evaluate/index.js';
import type { CohortResult } from '../../src/result/types.js';
import { Rubric } from '../../src/schema/rubric.js';
import { anyang } from '../evaluate/fixtures/anyang.js';
import { anyangCohort } from '../property/arbitraries.js';

const PROPERTY_TIMEOUT = 120_000;
const DOCS = fileURLToPath(new URL('../../../../docs/fixtures/', import.meta.url));

/** The cohort in two passes: add in the given order, finish, explain in id order. */
function twoPasses(prepared: PreparedRubric, subjects: readonly unknown[], order: readonly number[]): CohortResult {
  const scorer = createCohortScorer(prepared);
  for (const i of order) scorer.add(subjects[i], i);
  const d = scorer.finish();
  const results = [...d.order()].map(({ id, index }) => {
    const r = explainSubject(prepared, subjects[index], d, index);
    if (!r) throw new Error(`no result for ${id}`);
    return r;
  });
  return { rubric: d.rubric, results, errors: d.errors, distribution: d.distribution, quotas: d.quotas, ranks: d.ranks };
}

function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let a = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    a = (Math.imul(a ^ (a >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    const j = a % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

describe('createCohortScorer', () => {
  const prepared = prepareRubric(anyang);

  it('gives byte-identical output to evaluateCohort, whatever order the subjects are added in', () => {
    fc.assert(
      fc.property(anyangCohort, fc.integer(), (subjects, seed) => {
        // A repeated id now and then: both copies are errors.
        const withDup = subjects.length > 3 ? [...subjects, { ...(subjects[1] as object) }] : subjects;
        const whole = JSON.stringify(evaluateCohort(prepared, withDup));
        expect(JSON.stringify(twoPasses(prepared, withDup, withDup.map((_, i) => i)))).toBe(whole);
        expect(JSON.stringify(twoPasses(prepared, withDup, shuffled(withDup.length, seed)))).toBe(whole);
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT);

  it('decides the same whatever size it is told to expect, and refuses a size that is not a count', () => {
    // More subjects than the arrays' first size (1024), so that growing is exercised too.
    const subjects = fc.sample(anyangCohort, { numRuns: 400, seed: 7 }).flat().map((s, i) => ({ ...s, id: `s${String(i).padStart(5, '0')}` }));
    expect(subjects.length).toBeGreaterThan(2048);
    const decide = (expected?: number) => {
      const scorer = createCohortScorer(prepared, expected === undefined ? {} : { expected });
      subjects.forEach((s, i) => scorer.add(s, i));
      const d = scorer.finish();
      return JSON.stringify({ summaries: [...d.summaries()], errors: d.errors, distribution: d.distribution, quotas: d.quotas, ranks: d.ranks });
    };
    const plain = decide();
    for (const expected of [0, 10, 1500, subjects.length, subjects.length * 5]) expect(decide(expected)).toBe(plain);
    for (const bad of [-1, 1.5, Number.NaN, Infinity]) expect(() => createCohortScorer(prepared, { expected: bad })).toThrow(TypeError);
  });

  it('tells each subject’s final level, and nothing for an error or an unknown id', () => {
    const subjects = JSON.parse(readFileSync(`${DOCS}anyang-2017-star-rating.cohort.json`, 'utf8')) as { id: string }[];
    const whole = evaluateCohort(prepared, subjects);
    const scorer = createCohortScorer(prepared);
    subjects.forEach((s, i) => scorer.add(s, i));
    const d = scorer.finish();
    expect(d.scored).toBe(whole.results.length);
    for (const r of whole.results) expect(d.finalLevelOf(r.id)).toBe(r.level);
    expect(d.finalLevelOf('no-such-id')).toBeUndefined();
    expect([...d.order()].map((o) => o.id)).toEqual(whole.results.map((r) => r.id));
    expect(() => scorer.finish()).toThrow();
  });

  for (const name of ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification']) {
    it(`matches evaluateCohort on the documented cohort ${name}, in reverse order too`, () => {
      const rubric = Rubric.parse(JSON.parse(readFileSync(`${DOCS}${name}.json`, 'utf8')));
      const p = prepareRubric(rubric);
      const subjects = JSON.parse(readFileSync(`${DOCS}${name}.cohort.json`, 'utf8')) as unknown[];
      const whole = JSON.stringify(evaluateCohort(p, subjects));
      expect(JSON.stringify(twoPasses(p, subjects, subjects.map((_, i) => subjects.length - 1 - i)))).toBe(whole);
    });
  }

  const SUMMARY_FIELDS = ['id', 'category', 'score', 'unclampedScore', 'bandLevel', 'levelBeforeQuota', 'level', 'crosswalks', 'outcomes', 'flags', 'rubric'] as const;
  const summaryOf = (r: CohortResult['results'][number]) => Object.fromEntries(SUMMARY_FIELDS.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));

  it('gives summaries equal to the full results without their explanation, whatever the order', () => {
    fc.assert(
      fc.property(anyangCohort, fc.integer(), (subjects, seed) => {
        const withDup = subjects.length > 3 ? [...subjects, { ...(subjects[1] as object) }] : subjects;
        const whole = evaluateCohort(prepared, withDup);
        const scorer = createCohortScorer(prepared);
        for (const i of shuffled(withDup.length, seed)) scorer.add(withDup[i], i);
        expect([...scorer.finish().summaries()]).toEqual(whole.results.map(summaryOf));
      }),
      { numRuns: 40 },
    );
  }, PROPERTY_TIMEOUT);

  for (const name of ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification']) {
    it(`gives ${name}'s summaries and columns equal to evaluateCohort's results (flags, outcomes, history, crosswalks)`, () => {
      const rubric = Rubric.parse(JSON.parse(readFileSync(`${DOCS}${name}.json`, 'utf8')));
      const p = prepareRubric(rubric);
      const subjects = JSON.parse(readFileSync(`${DOCS}${name}.cohort.json`, 'utf8')) as unknown[];
      const whole = evaluateCohort(p, subjects);
      const scorer = createCohortScorer(p);
      subjects.forEach((s, i) => scorer.add(s, i));
      const decisions = scorer.finish();
      expect([...decisions.summaries()]).toEqual(whole.results.map(summaryOf));
      const c = decisions.columns();
      expect(c.ids).toEqual(whole.results.map((r) => r.id));
      expect(c.levelIds).toEqual(rubric.levels.map((l) => l.id));
      expect(c.categories).toEqual((rubric.categories ?? []).map((x) => x.id));
      whole.results.forEach((r, k) => {
        expect(c.score[k]).toBe(r.score);
        expect(c.level[k] === -1 ? null : c.levelIds[c.level[k] as number]).toBe(r.level);
        expect(c.levelBeforeQuota[k] === -1 ? null : c.levelIds[c.levelBeforeQuota[k] as number]).toBe(r.levelBeforeQuota);
        expect(c.slot[k] === 0 ? undefined : c.categories[(c.slot[k] as number) - 1]).toBe(r.category);
        expect(subjects[c.index[k] as number]).toMatchObject({ id: r.id });
      });
    });
  }
});
