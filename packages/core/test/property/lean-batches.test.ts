import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUnits } from '../../src/decimal/index.js';
import { createLeanScorer, evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { PreparedRubric } from '../../src/evaluate/prepare.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { kinds } from '../evaluate/fixtures/kinds.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

/**
 * The hot path scores indicators and adjustments a kind at a time (batches.ts); the full result
 * scores them rule by rule. Both must give the same score and level for every subject, and refuse
 * the same subjects: here on every kind, with categories (per-category maxima, rules that apply to
 * one category), caps, and adjustments in and out of groups.
 */
function agrees(prepared: PreparedRubric, subject: unknown): void {
  const lean = createLeanScorer(prepared);
  const full = evaluateSubject(prepared, subject);
  const fast = lean(subject);
  if (!full.ok) {
    expect(Array.isArray(fast), 'the lean path refuses what the full path refuses').toBe(true);
    return;
  }
  if (Array.isArray(fast)) throw new Error(`the lean path refused a subject the full path scored: ${JSON.stringify(fast)}`);
  const levels = prepared.plan.levels;
  expect(fromUnits(fast.scoreUnits, prepared.plan.unit.scale)).toBe(full.result.score);
  expect(fast.level === levels.length ? null : levels[fast.level]?.id).toBe(full.result.levelBeforeQuota);
}

/** The every-kind rubric with the grouping turned around: the per-count deduction in a group, the fixed bonus alone. */
const regrouped: Rubric = {
  ...kinds,
  adjustmentGroups: [...(kinds.adjustmentGroups ?? []), { id: 'penalties', label: { zh: '扣分项', en: 'penalties' }, min: -3 }],
  adjustments: (kinds.adjustments ?? []).map((a) =>
    a.kind === 'perCount' ? { ...a, group: 'penalties', categories: ['rural'] } : a.kind === 'fixed' ? { ...a, group: undefined, categories: ['organ'] } : a,
  ),
};

const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
/** Mostly valid values, sometimes a value a check or a rule refuses. */
const sometimes = <T, U>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 9, arbitrary: ok }, { weight: 1, arbitrary: bad });
const kindsSubject = fc
  .record(
    {
      category: fc.constantFrom('rural', 'organ', undefined),
      leader: sometimes(half(20), fc.constantFrom(20.5, 0.3, -1, '5')),
      rate: fc.constantFrom(0, 0.4, 0.5, 0.73, 0.9, 1),
      complaints: sometimes(fc.integer({ min: 0, max: 12 }), fc.constantFrom(1.5, -2)),
      premises: fc.constantFrom('own', 'shared', 'none'),
      selfScore: half(10),
      publicScore: half(10),
      superiorScore: fc.constantFrom(6, 8, 10),
      honours: fc.subarray(['x', 'y', 'z']),
      warnings: sometimes(fc.integer({ min: 0, max: 6 }), fc.constant(0.5)),
      poorVillage: fc.boolean(),
      serious: fc.boolean(),
      participation: fc.constantFrom(0.5, 0.8, 1),
    },
    { requiredKeys: ['leader', 'rate', 'premises', 'selfScore', 'publicScore', 'superiorScore'] },
  )
  .chain((r) => fc.tuple(fc.constant(r), fc.constantFrom(undefined, 'poorCap', 'seriousVeto')))
  // An override of the soft gate lifts it; one of the hard gate is refused on both paths.
  .map(([{ category, ...facts }, gate]) => ({
    id: 'v1',
    ...(category === undefined ? {} : { category }),
    facts,
    ...(gate === undefined ? {} : { overrides: [{ gate, reason: '特批' }] }),
  }));

const here = dirname(fileURLToPath(import.meta.url));
const docsFixture = (name: string): Rubric => JSON.parse(readFileSync(resolve(here, '../../../../docs/fixtures', name), 'utf8')) as Rubric;

describe('the hot path (rules a kind at a time) agrees with the full result (rule by rule)', () => {
  for (const [name, rubric] of [
    ['every kind', kinds],
    ['every kind, regrouped', regrouped],
  ] as const) {
    it(`${name}: same score and level, same refusals`, () => {
      const prepared = prepareRubric(rubric);
      fc.assert(
        fc.property(kindsSubject, (s) => agrees(prepared, s)),
        { numRuns: 400 },
      );
    }, PROPERTY_TIMEOUT);
  }

  it("every document's example subjects, and each with one fact changed", () => {
    const names = ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification'];
    for (const name of names) {
      const prepared = prepareRubric(docsFixture(`${name}.json`));
      const cohort = JSON.parse(readFileSync(resolve(here, '../../../../docs/fixtures', `${name}.cohort.json`), 'utf8')) as { id: string; facts: Record<string, unknown> }[];
      const subjects = Array.isArray(cohort) ? cohort : (cohort as { subjects: { id: string; facts: Record<string, unknown> }[] }).subjects;
      expect(subjects.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...subjects), fc.nat(), fc.constantFrom(0, 1, 2.5, 3, 100, -1), (s, k, v) => {
          const keys = Object.keys(s.facts);
          const key = keys[k % keys.length] as string;
          agrees(prepared, s);
          agrees(prepared, { ...s, facts: { ...s.facts, [key]: v } });
        }),
        { numRuns: 200 },
      );
    }
  }, PROPERTY_TIMEOUT);
});
