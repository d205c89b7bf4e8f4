import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCohort } from '../../src/cohort/index.js';
import { createLeanScorer, evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import { fromUnits } from '../../src/decimal/index.js';
import type { SubjectResult } from '../../src/result/types.js';
import { anyang } from '../evaluate/fixtures/anyang.js';
import { anyangCohort, anyangFacts, anyangSubject } from './arbitraries.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

const prepared = prepareRubric(anyang);
const ids = anyang.levels.map((l) => l.id);
/** Level position, best first; no level counts as below every level. */
const rank = (level: string | null): number => (level === null ? ids.length : ids.indexOf(level));

describe('properties of single subjects (Anyang)', () => {
  it('the score stays within the clamp [0, 100], and is a multiple of the precision', () => {
    fc.assert(
      fc.property(anyangFacts, (f) => {
        const r = evaluateSubject(prepared, anyangSubject('s', f));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.result.score).toBeGreaterThanOrEqual(0);
        expect(r.result.score).toBeLessThanOrEqual(100);
        expect((r.result.score * 2) % 1).toBe(0);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('gates never raise a level: levelBeforeQuota is at or below the band level', () => {
    fc.assert(
      fc.property(anyangFacts, (f) => {
        const r = evaluateSubject(prepared, anyangSubject('s', f));
        if (!r.ok) throw new Error('unexpected error');
        expect(rank(r.result.levelBeforeQuota)).toBeGreaterThanOrEqual(rank(r.result.bandLevel));
        expect(r.result.level).toBe(r.result.levelBeforeQuota);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('the lean hot path gives the same score and level as the full result', () => {
    const lean = createLeanScorer(prepared);
    fc.assert(
      fc.property(anyangFacts, (f) => {
        const s = anyangSubject('s', f);
        const full = evaluateSubject(prepared, s);
        const fast = lean(s);
        if (!full.ok || Array.isArray(fast)) throw new Error('unexpected error');
        expect(fromUnits(fast.scoreUnits, prepared.plan.unit.scale)).toBe(full.result.score);
        expect(fast.level === ids.length ? null : ids[fast.level]).toBe(full.result.levelBeforeQuota);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('properties of cohorts (Anyang)', () => {
  it('no rule raises a level: level ≤ levelBeforeQuota ≤ bandLevel (quota caps and floors only move subjects down)', () => {
    fc.assert(
      fc.property(anyangCohort, (subjects) => {
        const out = evaluateCohort(prepared, subjects);
        for (const r of out.results) {
          expect(rank(r.levelBeforeQuota)).toBeGreaterThanOrEqual(rank(r.bandLevel));
          expect(rank(r.level)).toBeGreaterThanOrEqual(rank(r.levelBeforeQuota));
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('quotas are met, or the report says they are not and why (no subject left to move)', () => {
    fc.assert(
      fc.property(anyangCohort, (subjects) => {
        const out = evaluateCohort(prepared, subjects);
        const N = out.results.length;
        const count = (levels: string[]) => out.results.filter((r) => r.level !== null && levels.includes(r.level)).length;
        const cap = out.quotas.find((q) => q.id === 'fiveStarCap');
        const floor = out.quotas.find((q) => q.id === 'bottomFloor');
        expect(cap?.limit).toBe(Math.floor(N / 10));
        expect(cap?.after).toBe(count(['five-star']));
        expect(cap?.met).toBe(true);
        expect(count(['five-star'])).toBeLessThanOrEqual(cap?.limit ?? -1);
        expect(floor?.limit).toBe(Math.ceil(N / 10));
        expect(floor?.after).toBe(count(['one-star', 'none']));
        expect(floor?.met).toBe((floor?.after ?? 0) >= (floor?.limit ?? 0));
        if (!floor?.met) {
          // Nobody is left above the set: the rest have no level at all.
          expect(out.results.every((r) => r.level === null || ['one-star', 'none'].includes(r.level))).toBe(true);
        }
        // Tied subjects at a boundary are flagged, and only those.
        for (const q of out.quotas) {
          for (const id of q.tiedForReview) {
            expect(out.results.find((r) => r.id === id)?.flags.some((f) => f.code === 'quota-tie-review' && f.rule === q.id)).toBe(true);
          }
        }
        const total = out.distribution.reduce((n, d) => n + d.count, 0);
        expect(total).toBe(N);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('ties are never split by a quota: equal scores end at equal levels when no gate tells them apart', () => {
    fc.assert(
      fc.property(anyangCohort, (subjects) => {
        const out = evaluateCohort(prepared, subjects);
        const key = (r: SubjectResult) => `${r.score}|${r.levelBeforeQuota}`;
        const groups = new Map<string, Set<string | null>>();
        for (const r of out.results) {
          const g = groups.get(key(r)) ?? new Set();
          g.add(r.level);
          groups.set(key(r), g);
        }
        for (const g of groups.values()) expect(g.size).toBe(1);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);

  it('the output does not depend on the order of the subjects', () => {
    fc.assert(
      fc.property(
        anyangCohort.chain((subjects) => fc.tuple(fc.constant(subjects), fc.shuffledSubarray(subjects, { minLength: subjects.length, maxLength: subjects.length }))),
        ([a, b]) => {
          const x = evaluateCohort(prepared, a);
          const y = evaluateCohort(prepared, b);
          const strip = (r: typeof x) => ({ ...r, errors: r.errors.map(({ index: _i, ...e }) => e) });
          expect(JSON.stringify(strip(y))).toBe(JSON.stringify(strip(x)));
        },
      ),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT);
});
