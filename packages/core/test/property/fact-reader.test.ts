import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSubject } from '../../src/evaluate/facts/check-subject.js';
import { compileFastCheck } from '../../src/evaluate/facts/fast-check.js';
import { READ_FACTS_LIMIT } from '../../src/evaluate/facts/read-facts.generated.js';
import { prepareRubric } from '../../src/evaluate/index.js';
import type { FactDeclaration } from '../../src/schema/facts.js';
import { baseRubric } from '../validate/base-rubric.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

/*
 * The compiled check reads the facts of rubrics with up to READ_FACTS_LIMIT facts with written-out
 * code (read-facts.generated.ts) and of larger ones with a general loop. Either way it must accept
 * exactly the valid subjects and lay out the same facts as the full check, on any declarations:
 * here random ones of every type, added to a small rubric so that both paths are taken.
 */

const label = { zh: '事项', en: 'fact' };
const options = [
  { id: 'a', label },
  { id: 'b', label },
  { id: 'c', label },
];

/** A declaration of any type, without id; defaults only where the fact is optional. */
const declaration: fc.Arbitrary<Omit<FactDeclaration, 'id' | 'label'>> = fc.oneof(
  fc
    .record({
      lo: fc.option(fc.constantFrom(-10, 0, 0.5), { nil: undefined }),
      span: fc.constantFrom(1, 10, 100),
      hasMax: fc.boolean(),
      step: fc.option(fc.constantFrom(0.5, 0.1, 1, 0.25), { nil: undefined }),
      optional: fc.boolean(),
    })
    .map(({ lo, span, hasMax, step, optional }) => ({
      type: 'number' as const,
      ...(lo === undefined ? {} : { min: lo }),
      ...(hasMax ? { max: (lo ?? 0) + span } : {}),
      ...(step === undefined ? {} : { step }),
      // The smallest allowed value on the step: a valid default.
      ...(optional ? { default: step === undefined ? (lo ?? 0) : Number((Math.ceil((lo ?? 0) / step) * step).toFixed(2)) } : {}),
    })),
  fc
    .record({ min: fc.option(fc.constantFrom(-5, 0, 1), { nil: undefined }), max: fc.option(fc.constantFrom(3, 100), { nil: undefined }), optional: fc.boolean() })
    .map(({ min, max, optional }) => ({ type: 'integer' as const, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(optional ? { default: min ?? 0 } : {}) })),
  fc.boolean().map((optional) => ({ type: 'boolean' as const, ...(optional ? { default: false } : {}) })),
  fc
    .record({ maxLength: fc.option(fc.constantFrom(1, 5, 50), { nil: undefined }), optional: fc.boolean() })
    .map(({ maxLength, optional }) => ({ type: 'string' as const, ...(maxLength === undefined ? {} : { maxLength }), ...(optional ? { default: '' } : {}) })),
  fc.boolean().map((optional) => ({ type: 'enum' as const, options, ...(optional ? { default: 'a' } : {}) })),
  fc
    .record({ maxItems: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }), optional: fc.boolean() })
    .map(({ maxItems, optional }) => ({ type: 'enumList' as const, options, ...(maxItems === undefined ? {} : { maxItems }), ...(optional ? { default: [] } : {}) })),
);

/** A value the declaration accepts. */
function validValue(d: FactDeclaration): fc.Arbitrary<unknown> {
  switch (d.type) {
    case 'number': {
      const min = d.min ?? -1000;
      const max = d.max ?? 1000;
      if (d.step === undefined) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      const step = d.step;
      const places = String(step).split('.')[1]?.length ?? 0;
      // k·step written in decimal, as an assessor types it (3 × 0.1 is 0.30000000000000004 otherwise).
      return fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((k) => Number((k * step).toFixed(places)));
    }
    case 'integer':
      return fc.integer({ min: d.min ?? -1000, max: d.max ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.string({ maxLength: d.maxLength ?? 20 });
    case 'enum':
      return fc.constantFrom(...d.options.map((o) => o.id));
    case 'enumList':
      return fc.subarray(d.options.map((o) => o.id), { maxLength: d.maxItems ?? d.options.length });
  }
}

/** Values that break one check or another. */
const oddValue = fc.constantFrom<unknown>(undefined, null, -0, 0.25, 10.5, -1, 1e21, 2 ** 60, Number.NaN, Infinity, -Infinity, '9', true, [], ['a', 'a'], ['z'], {}, 3, 0.5, 'toolongtext', 0.51, 1.4, 3.1, 1.0000001);

/** A rubric of the base rubric's facts and `extra` more, and a subject for it. */
const scenario = fc.integer({ min: 0, max: READ_FACTS_LIMIT + 10 }).chain((extra) =>
  fc.array(declaration, { minLength: extra, maxLength: extra }).chain((decls) => {
    const rubric = baseRubric();
    rubric.facts = [...rubric.facts, ...decls.map((d, i) => ({ ...d, id: `x${i}`, label }) as FactDeclaration)];
    const facts = rubric.facts;
    // Each fact valid or left out; then maybe one fact damaged (an odd value, or left out), the
    // keys in any order, and maybe one key more.
    const entries = fc.tuple(...facts.map((f) => fc.tuple(fc.constant(f.id), validValue(f), fc.boolean())));
    return fc.record({
      rubric: fc.constant(rubric),
      entries,
      damage: fc.option(fc.record({ at: fc.nat(facts.length - 1), odd: fc.option(oddValue, { nil: undefined }) }), { nil: undefined }),
      order: fc.array(fc.nat(), { minLength: facts.length, maxLength: facts.length }),
      // As parsed from a file, or as built by a program (JSON has no Infinity, NaN or -0).
      viaJson: fc.boolean(),
      extraKey: fc.option(fc.constantFrom('undeclared', 'constructor', 'toString', '__proto__'), { freq: 4, nil: undefined }),
    });
  }),
);

describe('the compiled check on any fact declarations', () => {
  it('agrees with the full check, on both the written-out reader and the general loop', () => {
    let written = 0;
    let general = 0;
    fc.assert(
      fc.property(scenario, ({ rubric, entries, damage, order, viaJson, extraKey }) => {
        const plan = prepareRubric(rubric).plan;
        const fast = compileFastCheck(plan);
        if (!fast) throw new Error('no compiled check');
        if (plan.facts.length <= READ_FACTS_LIMIT) written++;
        else general++;
        const ranked = entries.map((e, i) => ({ e, key: order[i] ?? 0 })).sort((a, b) => a.key - b.key);
        const given: Record<string, unknown> = {};
        let allValid = extraKey === undefined;
        for (const { e } of ranked) {
          const [id, valid, leftOut] = e;
          const i = plan.facts.findIndex((f) => f.id === id);
          const required = plan.facts[i]?.required === true;
          if (damage?.at === i) {
            allValid = false;
            if (damage.odd !== undefined) given[id] = damage.odd;
          } else if (!leftOut || required) given[id] = valid;
        }
        if (extraKey !== undefined) Object.defineProperty(given, extraKey, { value: 1, enumerable: true, writable: true, configurable: true });
        const built = { id: 's1', category: 'rural', facts: given };
        const subject = viaJson ? (JSON.parse(JSON.stringify(built)) as unknown) : built;

        const out: unknown[] = new Array(plan.facts.length);
        const num = new Float64Array(plan.facts.length);
        const slot = fast(subject, out, num, true);
        const full = checkSubject(plan, subject, 0, new Map());
        if (slot >= 0) {
          if (!full.ok) throw new Error(`the compiled check accepted what the full check refuses: ${JSON.stringify(full.errors)}`);
          // Asked to copy them (a kept fact array), no default list is shared.
          for (const f of plan.facts) if (Array.isArray(f.defaultValue)) expect(out[f.index]).not.toBe(f.defaultValue);
          for (const f of plan.facts) if (f.numeric) out[f.index] = num[f.index];
          expect(out).toEqual(full.subject.facts.map((v, i) => (plan.facts[i]?.numeric ? full.subject.num[i] : v)));
        } else if (allValid) {
          // Valid subjects in any key order take the fast path (an odd value may still be valid: only then may both accept).
          expect(full.ok).toBe(true);
          throw new Error('the compiled check refused a valid subject');
        }
      }),
      { numRuns: 400 },
    );
    // Both readers were exercised.
    expect(written).toBeGreaterThan(20);
    expect(general).toBeGreaterThan(5);
  }, PROPERTY_TIMEOUT);
});

describe('the compiled check on values JSON cannot carry', () => {
  it('refuses infinities and NaN for a number fact without bounds, and takes the largest finite numbers', () => {
    const rubric = baseRubric();
    rubric.facts = [...rubric.facts, { id: 'open', label, type: 'number' }];
    const plan = prepareRubric(rubric).plan;
    const fast = compileFastCheck(plan);
    if (!fast) throw new Error('no compiled check');
    const valid = fc.sample(fc.tuple(...rubric.facts.map((f) => fc.tuple(fc.constant(f.id), validValue(f)))), { numRuns: 1, seed: 1 })[0]!;
    const facts = Object.fromEntries(valid);
    const run = (v: unknown) => fast({ id: 's1', category: 'rural', facts: { ...facts, open: v } }, new Array(plan.facts.length), new Float64Array(plan.facts.length), false);
    for (const v of [Infinity, -Infinity, Number.NaN]) expect([v, run(v)]).toEqual([v, -1]);
    for (const v of [Number.MAX_VALUE, -Number.MAX_VALUE, 0, -0]) expect([v, run(v)]).toEqual([v, 1]);
  });
});
