import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCohortAsync, evaluateSubjectAsync } from '../../src/async.js';
import { evaluateCohort } from '../../src/cohort/index.js';
import { evaluateSubject, prepareRubric } from '../../src/evaluate/index.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { anyang, withTotal } from '../evaluate/fixtures/anyang.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

const asyncAnyang: Rubric = {
  ...anyang,
  facts: anyang.facts.map((f) => (f.id === 'satisfaction' ? { ...f, source: 'async' as const } : f)),
};
const prepared = prepareRubric(asyncAnyang);

describe('@rubricate/core/async', () => {
  it('looks async facts up through the almanac and scores with the same plan', async () => {
    const s = withTotal('x', 95);
    delete (s.facts as Record<string, unknown>).satisfaction;
    const seen: unknown[] = [];
    const r = await evaluateSubjectAsync(prepared, s, {
      facts: {
        satisfaction: async (params) => {
          seen.push(params);
          return 0.55;
        },
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.score).toBe(90);
    expect(r.result.adjustments.find((a) => a.id === 'lowSatisfaction')?.points).toBe(-5);
    expect(r.result.level).toBe('five-star');
    expect(seen.length).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT);

  it('the synchronous evaluator asks for the async evaluator', () => {
    const s = withTotal('x', 95);
    delete (s.facts as Record<string, unknown>).satisfaction;
    const r = evaluateSubject(prepared, s);
    expect(!r.ok && r.errors.map((e) => [e.path, e.code])).toEqual([['facts.satisfaction', 'async-fact-missing']]);
    const given = evaluateSubject(prepared, withTotal('x', 95));
    expect(!given.ok && given.errors.map((e) => e.code)).toEqual(['async-fact-given']);
  }, PROPERTY_TIMEOUT);

  it('input facts missing from the subject are looked up too; conditions get their params', async () => {
    const withParams: Rubric = {
      ...anyang,
      gates: [
        ...(anyang.gates ?? []),
        { id: 'audit', label: { zh: '审计发现问题', en: 'audit findings' }, when: { fact: 'absences', operator: 'greaterThan', value: 5, params: { source: 'audit' } }, effect: { kind: 'veto' } },
      ],
    };
    const p = prepareRubric(withParams);
    const s = withTotal('y', 100);
    const calls: unknown[] = [];
    const r = await evaluateSubjectAsync(p, s, {
      facts: {
        absences: (params) => {
          calls.push(params);
          return params.source === 'audit' ? 6 : 1;
        },
      },
    });
    expect(r.ok && r.result.score).toBe(97);
    expect(r.ok && r.result.level).toBeNull();
    expect(calls).toContainEqual({ source: 'audit' });
  }, PROPERTY_TIMEOUT);

  it('a failing fact function is that subject’s error only', async () => {
    const ok = withTotal('ok', 90);
    const bad = withTotal('bad', 90);
    for (const s of [ok, bad]) delete (s.facts as Record<string, unknown>).satisfaction;
    const out = await evaluateCohortAsync(prepared, [ok, bad], {
      facts: {
        satisfaction: (_p, almanac) =>
          almanac.factValue<number>('a1').then(() => {
            throw new Error('service down');
          }),
      },
    });
    expect(out.results).toEqual([]);
    expect(out.errors.map((e) => [e.id, e.code])).toEqual([
      ['bad', 'async-fact-error'],
      ['ok', 'async-fact-error'],
    ]);
    expect(out.errors[0]?.message.zh).toContain('service down');
  }, PROPERTY_TIMEOUT);

  it('agrees with the synchronous evaluator (json-rules-engine conditions vs compiled closures)', async () => {
    const sync = prepareRubric(anyang);
    const facts = fc.record({
      total: fc.integer({ min: 0, max: 200 }).map((n) => n / 2),
      satisfaction: fc.constantFrom(0, 0.45, 0.5, 0.55, 0.6, 0.61, 1),
      absences: fc.integer({ min: 0, max: 5 }),
      electionOverdueMonths: fc.constantFrom(0, 1, 12, 13, 30),
      commendations: fc.subarray(['city', 'province', 'national']),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(facts, { minLength: 1, maxLength: 12 }), async (rows) => {
        const subjects = rows.map((r, i) => withTotal(`s${i}`, r.total, { satisfaction: r.satisfaction, absences: r.absences, electionOverdueMonths: r.electionOverdueMonths, commendations: r.commendations }));
        const a = evaluateCohort(sync, subjects);
        const b = await evaluateCohortAsync(sync, subjects);
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  }, PROPERTY_TIMEOUT);
});
