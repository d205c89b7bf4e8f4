import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSubject } from '../../src/evaluate/facts/check-subject.js';
import { compileFastCheck } from '../../src/evaluate/facts/fast-check.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import { anyang } from '../evaluate/fixtures/anyang.js';
import { anyangFacts, anyangSubject } from './arbitraries.js';

const PROPERTY_TIMEOUT = 120_000;
const prepared = prepareRubric(anyang);
const plan = prepared.plan;
const fast = compileFastCheck(plan);

/** The full check alone: an (empty) map of looked-up values turns the compiled check off. */
const fullCheck = (s: unknown) => checkSubject(plan, s, 0, new Map());

/** Values that break one check or another. */
const oddValue = fc.constantFrom<unknown>(undefined, null, -0, 0.25, 10.5, -1, 1e21, Number.NaN, Infinity, '9', true, [], ['city', 'city'], ['town'], {}, 3, 0.5);

/** A valid subject, then damaged: a value replaced, a fact dropped, a key added, a field added. */
const damaged = fc.tuple(anyangFacts, fc.nat(30), oddValue, fc.nat(4)).map(([f, k, v, how]) => {
  const s = anyangSubject('s1', f) as Record<string, unknown> & { facts: Record<string, unknown> };
  const keys = plan.facts.map((x) => x.id);
  const key = keys[k % keys.length] as string;
  if (how === 0) s.facts[key] = v;
  else if (how === 1) delete s.facts[key];
  else if (how === 2) s.facts[k % 2 === 0 ? 'undeclared' : '__proto__'] = v;
  else if (how === 3) (s as Record<string, unknown>)[k % 2 === 0 ? 'extra' : 'category'] = v;
  return s;
});

/** The compiled check, with the numeric facts put back among the others. */
function runFast(s: unknown): { slot: number; facts: unknown[] } {
  const out: unknown[] = new Array(plan.facts.length);
  const num = new Float64Array(plan.facts.length);
  const slot = fast!(s, out, num, true);
  for (const f of plan.facts) if (f.numeric) out[f.index] = num[f.index];
  return { slot, facts: out };
}

describe('the compiled subject check', () => {
  it('exists for a rubric without looked-up facts', () => {
    expect(fast).not.toBeNull();
  });

  it('accepts exactly what the full check accepts, with the same facts (valid subjects)', () => {
    fc.assert(
      fc.property(anyangFacts, (f) => {
        const s = anyangSubject('s1', f);
        const { slot, facts } = runFast(s);
        const full = fullCheck(s);
        expect(full.ok).toBe(true);
        expect(slot).toBe(0);
        if (full.ok) expect(facts).toEqual(full.subject.facts.map((v) => v));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('never accepts a subject the full check refuses', () => {
    fc.assert(
      fc.property(damaged, (s) => {
        const { slot, facts } = runFast(s);
        const full = fullCheck(s);
        if (slot >= 0) {
          expect(full.ok).toBe(true);
          if (full.ok) expect(facts).toEqual(full.subject.facts.map((v) => v));
        }
        // Whichever way, checkSubject (which tries the compiled check first) agrees with the full check.
        expect(JSON.stringify(checkSubject(plan, s, 0))).toBe(JSON.stringify(full));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('refuses what is not an ordinary object, and subjects with history or overrides', () => {
    const out: unknown[] = [];
    const num = new Float64Array(plan.facts.length);
    const facts = anyangSubject('s1', fc.sample(anyangFacts, 1)[0]!).facts;
    expect(fast!(null, out, num, false)).toBe(-1);
    expect(fast!([], out, num, false)).toBe(-1);
    expect(fast!(Object.create({ id: 'x', facts }), out, num, false)).toBe(-1);
    expect(fast!({ id: 's', facts: Object.create(facts) }, out, num, false)).toBe(-1);
    expect(fast!({ id: 's', facts, history: [] }, out, num, false)).toBe(-1);
    expect(fast!({ id: 's', facts, overrides: [] }, out, num, false)).toBe(-1);
    expect(fast!({ id: '', facts }, out, num, false)).toBe(-1);
    expect(fast!({ id: 's', facts, history: undefined }, out, num, false)).toBe(0);
  });
});
