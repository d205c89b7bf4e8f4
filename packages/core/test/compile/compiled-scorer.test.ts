import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledScorer, COMPILED_FORMAT, CompileScorerError, compileScorerSource, linkCompiledScorer } from '../../src/compile/index.js';
import { commentText, num, str } from '../../src/compile/literal.js';
import { createLeanScorer, prepareRubric } from '../../src/evaluate/index.js';
import type { PreparedRubric } from '../../src/evaluate/prepare.js';
import type { Rubric } from '../../src/schema/rubric.js';
import { kinds } from '../evaluate/fixtures/kinds.js';
import { loadCompiled } from './load.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../../../../docs/fixtures');
const DOCS = ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification'];

/**
 * The compiled scorer and `createLeanScorer` give the same answer for every subject: the same
 * score units, level and category slot, or the same errors. Both reuse their result object, so
 * each answer is copied before the other scorer runs.
 */
function agrees(compiled: CompiledScorer, lean: CompiledScorer, subject: unknown): boolean {
  const r = compiled(subject, 3);
  // The core's lean result carries more than these three fields: that one came from the fallback.
  const own = !Array.isArray(r) && !('num' in r);
  const a = Array.isArray(r) ? r : { scoreUnits: r.scoreUnits, level: r.level, slot: r.slot };
  const b = lean(subject, 3);
  if (Array.isArray(b)) expect(a).toEqual(b);
  else expect(a).toEqual({ scoreUnits: b.scoreUnits, level: b.level, slot: b.slot });
  return own;
}

async function scorers(rubric: Rubric): Promise<{ prepared: PreparedRubric; compiled: CompiledScorer; lean: CompiledScorer; source: string }> {
  const prepared = prepareRubric(rubric);
  const mod = await loadCompiled(prepared);
  return { prepared, compiled: mod.createScorer(prepared), lean: createLeanScorer(prepared), source: mod.source };
}

describe('a compiled scorer gives the same results as createLeanScorer', () => {
  for (const name of DOCS) {
    it(`${name}: the cohort, and each subject with one fact changed`, async () => {
      const { compiled, lean } = await scorers(JSON.parse(readFileSync(resolve(fixtures, `${name}.json`), 'utf8')) as Rubric);
      const subjects = JSON.parse(readFileSync(resolve(fixtures, `${name}.cohort.json`), 'utf8')) as { id: string; facts: Record<string, unknown> }[];
      let own = 0;
      for (const s of subjects) if (agrees(compiled, lean, s)) own++;
      // Every subject without history is scored by the written-out code itself (history, like
      // overrides, goes to the core, as on the core's own fast path).
      expect(own).toBe(subjects.filter((s) => !('history' in s) && !('overrides' in s)).length);
      const odd = fc.oneof(
        fc.constantFrom(0, 1, 2.5, 3, 100, -1, -0, 0.1, 0.30000000000000004, 1e300, Infinity, -Infinity, NaN, '5', null, true, [], ['city'], ['city', 'city'], {}),
        fc.double(),
        fc.integer({ min: -5, max: 120 }).map((n) => n / 2),
      );
      fc.assert(
        fc.property(fc.constantFrom(...subjects), fc.nat(), odd, fc.constantFrom('change', 'drop', 'undeclared'), (s, k, v, how) => {
          const keys = Object.keys(s.facts);
          const key = keys[k % keys.length] as string;
          const facts: Record<string, unknown> = { ...s.facts, [key]: v };
          if (how === 'drop') delete facts[key];
          if (how === 'undeclared') facts.notDeclared = 1;
          agrees(compiled, lean, { ...s, facts });
        }),
        { numRuns: 300 },
      );
    }, PROPERTY_TIMEOUT);
  }

  /** Bands with a bounded top, an overlap and a gap: the written-out band tests cannot lean on their order. */
  const oddBands: Rubric = {
    ...kinds,
    levels: [
      { ...(kinds.levels[0] as Rubric['levels'][number]), band: { min: 30, max: 40 } },
      { ...(kinds.levels[1] as Rubric['levels'][number]), band: { min: 25, max: 35 } },
      { ...(kinds.levels[2] as Rubric['levels'][number]), band: { min: 10, max: 20 } },
      { ...(kinds.levels[3] as Rubric['levels'][number]), band: { max: 10 } },
    ],
  };
  for (const [name, rubric] of [
    ['every rule kind', kinds],
    ['every rule kind, bands with a gap and an overlap', oddBands],
  ] as const)
  it(`${name} (the ones written out and the ones left to their closures), with categories and overrides`, async () => {
    const { compiled, lean } = await scorers(rubric);
    const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
    const sometimes = <T, U>(ok: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 9, arbitrary: ok }, { weight: 1, arbitrary: bad });
    const subject = fc
      .record(
        {
          category: fc.constantFrom('rural', 'organ', 'rural', 'organ', 'nowhere', undefined),
          leader: sometimes(half(20), fc.constantFrom(20.5, 0.3, -1, '5')),
          rate: fc.constantFrom(0, 0.4, 0.5, 0.73, 0.9, 1),
          complaints: sometimes(fc.integer({ min: 0, max: 12 }), fc.constantFrom(1.5, -2)),
          premises: fc.constantFrom('own', 'shared', 'none', 'other'),
          selfScore: half(10),
          publicScore: half(10),
          superiorScore: fc.constantFrom(6, 8, 10),
          honours: sometimes(fc.subarray(['x', 'y', 'z']), fc.constantFrom(['x', 'x'], 'x', ['w'])),
          warnings: sometimes(fc.integer({ min: 0, max: 6 }), fc.constant(0.5)),
          poorVillage: fc.boolean(),
          serious: fc.boolean(),
          participation: fc.constantFrom(0.5, 0.8, 1),
        },
        { requiredKeys: ['leader', 'rate', 'premises', 'selfScore', 'publicScore', 'superiorScore'] },
      )
      .chain((r) => fc.tuple(fc.constant(r), fc.constantFrom(undefined, undefined, undefined, 'poorCap', 'seriousVeto')))
      .map(([{ category, ...facts }, gate]) => ({
        id: 'v1',
        ...(category === undefined ? {} : { category }),
        facts,
        ...(gate === undefined ? {} : { overrides: [{ gate, reason: '特批' }] }),
      }));
    let own = 0;
    fc.assert(
      fc.property(subject, (s) => {
        if (agrees(compiled, lean, s)) own++;
      }),
      { numRuns: 500 },
    );
    expect(own).toBeGreaterThan(50);
  }, PROPERTY_TIMEOUT);

  it('numbers on any step and within any bounds are accepted exactly when the core accepts them', async () => {
    const label = { zh: '项', en: 'item' };
    const decl = fc.record({
      min: fc.constantFrom(undefined, -10, 0, 0.5),
      max: fc.constantFrom(undefined, 10, 100, 2 ** 52),
      step: fc.constantFrom(undefined, 0.5, 0.1, 1, 0.25, 0.2, 2, 0.125),
      type: fc.constantFrom('number', 'integer'),
      points: fc.constantFrom(undefined, 1, 5, 10, 50, 100),
    });
    const value = fc.oneof(
      fc.constantFrom(0.25, 0.75, 0.25, 0.75, 1.25, 0.5, 0.1, 0.2, 0.125, 0.3, 0.375, 2, 3, 1.5, -0.5, -0.25, 7.25, 9.5, 10, 12.5, 100, -0, 0.1 + 0.2, 2 ** 51, 2 ** 53 + 2),
      fc.double(),
      fc.integer({ min: -40, max: 400 }).map((n) => n / 20),
    );
    let prepared = 0;
    let own = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(decl, { minLength: 1, maxLength: 4 }), fc.array(value, { minLength: 4, maxLength: 4 }), async (decls, values) => {
        const facts = decls.map((d, i) => ({ id: `f${i}`, label, type: d.type, required: true, ...(d.min === undefined ? {} : { min: d.min }), ...(d.max === undefined || (d.min !== undefined && d.max <= d.min) ? {} : { max: d.max }), ...(d.step === undefined || (d.type === 'integer' && !Number.isInteger(d.step)) ? {} : { step: d.step }) }));
        // Direct points on some of them: the written-out form leaves out tests the fact's own check makes.
        const indicators = decls.flatMap((d, i) => (d.points === undefined ? [] : [{ id: `p${i}`, label, max: d.points, points: { kind: 'direct' as const, fact: `f${i}` } }]));
        const sections = indicators.length === 0 ? kinds.sections : [...kinds.sections, { id: 'extra', label, indicators }];
        const rubric = { ...kinds, facts: [...(kinds.facts ?? []), ...facts], sections } as Rubric;
        try {
          prepareRubric(rubric);
        } catch {
          return; // a declaration prepareRubric refuses (e.g. a step the bounds do not allow)
        }
        const s = await scorers(rubric);
        prepared++;
        const base = { leader: 10, rate: 0.5, premises: 'own', selfScore: 5, publicScore: 5, superiorScore: 8 };
        // Every fact at its minimum (on any step), then each one given one of the values in turn.
        const onGrid = Object.fromEntries(facts.map((f) => [f.id, f.min ?? 0]));
        if (agrees(s.compiled, s.lean, { id: 'n0', category: 'rural', facts: { ...base, ...onGrid } })) own++;
        facts.forEach((f, i) => {
          for (const v of values) if (agrees(s.compiled, s.lean, { id: `n${i}`, category: 'rural', facts: { ...base, ...onGrid, [f.id]: v } })) own++;
        });
      }),
      { numRuns: 250 },
    );
    expect(prepared).toBeGreaterThan(150);
    expect(own).toBeGreaterThan(20);
  }, PROPERTY_TIMEOUT);
});

describe('option lists read as bit masks', () => {
  it('tiers of any sign, either pick, with or without a cap and a default, score as the core scores them', async () => {
    const label = { zh: '项', en: 'item' };
    const ids = ['x', 'y', 'z', 'w'];
    const rule = fc.record({
      tiers: fc.array(fc.constantFrom(-3, -2, -1.5, 0, 1.5, 2, 3), { minLength: 4, maxLength: 4 }),
      pick: fc.constantFrom('highest' as const, 'sum' as const),
      cap: fc.constantFrom(undefined, 1, 2.5),
      options: fc.integer({ min: 1, max: 9 }),
      fallback: fc.constantFrom(undefined, [], ['y'], ['x', 'z']),
    });
    const list = fc.oneof(fc.subarray(ids), fc.constantFrom(['x', 'x'], 'x', ['v'], [1], null, undefined), fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']));
    let own = 0;
    await fc.assert(
      fc.asyncProperty(rule, fc.array(list, { minLength: 6, maxLength: 6 }), async (r, lists) => {
        // Up to nine options: eight and fewer are read as masks, nine by the list itself.
        const options = [...ids, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].slice(0, Math.max(r.options, 4)).map((id) => ({ id, label }));
        const fallback = r.fallback?.filter((id) => options.some((o) => o.id === id));
        const fact = { id: 'marks', label, type: 'enumList' as const, options, ...(fallback === undefined ? { required: false } : { default: fallback }) };
        const tiers = Object.fromEntries(ids.map((id, i) => [id, r.tiers[i] as number]));
        const adj = { id: 'markPts', label, kind: 'tiered' as const, fact: 'marks', tiers, pick: r.pick, ...(r.cap === undefined ? {} : { cap: r.cap }) };
        const rubric = { ...kinds, facts: [...(kinds.facts ?? []), fact], adjustments: [...(kinds.adjustments ?? []), adj] } as Rubric;
        const s = await scorers(rubric);
        const base = { leader: 10, rate: 0.5, premises: 'own', selfScore: 5, publicScore: 5, superiorScore: 8 };
        for (const [i, v] of lists.entries()) {
          const facts = v === undefined ? base : { ...base, marks: v };
          if (agrees(s.compiled, s.lean, { id: `m${i}`, category: 'rural', facts })) own++;
        }
      }),
      { numRuns: 150 },
    );
    expect(own).toBeGreaterThan(300);
  }, PROPERTY_TIMEOUT);

  it('are written as a table for up to eight options, and read as lists beyond', async () => {
    const label = { zh: '项', en: 'item' };
    const withOptions = (n: number): Rubric => {
      const options = Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label }));
      const fact = { id: 'marks', label, type: 'enumList' as const, options, default: [] };
      const adj = { id: 'markPts', label, kind: 'tiered' as const, fact: 'marks', tiers: { o0: 1, o1: 2 }, pick: 'highest' as const };
      return { ...kinds, facts: [...(kinds.facts ?? []), fact], adjustments: [...(kinds.adjustments ?? []), adj] } as Rubric;
    };
    // The rule added last: its table is named by its index among the adjustments.
    const name = `tiers${(kinds.adjustments ?? []).length}`;
    const table = new RegExp(`const ${name} = \\[([^\\]]*)\\];`).exec(compileScorerSource(prepareRubric(withOptions(8))));
    expect(table?.[1]?.split(', ')).toHaveLength(256);
    expect(table?.[1]).toMatch(/^0, 10, 20, 20, 0, /);
    expect(compileScorerSource(prepareRubric(withOptions(9)))).not.toContain(`const ${name} =`);
  });
});

describe('the score as a sum', () => {
  it('is taken in four accumulators when every sum is exact, and in the core\'s order otherwise, with the same results', async () => {
    const anyang = JSON.parse(readFileSync(resolve(fixtures, 'anyang-2017-star-rating.json'), 'utf8')) as Rubric;
    // A count with no upper bound: -3 points times any whole number may pass 2^53 units.
    const unbounded = { ...anyang, facts: anyang.facts.map((f) => (f.id === 'criticisedByWorkCommittee' ? { ...f, max: undefined } : f)) } as Rubric;
    const subjects = JSON.parse(readFileSync(resolve(fixtures, 'anyang-2017-star-rating.cohort.json'), 'utf8')) as { id: string; facts: Record<string, unknown> }[];
    for (const [rubric, split] of [
      [anyang, true],
      [unbounded, false],
    ] as const) {
      const s = await scorers(rubric);
      expect(s.source.includes('total = (t0 + t1) + (t2 + t3);')).toBe(split);
      for (const subject of subjects) {
        for (const count of [0, 3, 100, 2 ** 40, 2 ** 50, 2 ** 53 - 1]) agrees(s.compiled, s.lean, { ...subject, facts: { ...subject.facts, criticisedByWorkCommittee: count } });
      }
    }
  });
});

describe('subjects of unusual shape go to the core, which names the problem', () => {
  it('ids, categories, keys and prototypes', async () => {
    const { compiled, lean } = await scorers(kinds);
    const facts = { leader: 10, rate: 0.5, premises: 'own', selfScore: 5, publicScore: 5, superiorScore: 8 };
    const cases: unknown[] = [
      { id: 'ok', category: 'rural', facts },
      { id: '', category: 'rural', facts },
      { id: 'x'.repeat(201), category: 'rural', facts },
      { id: 'x'.repeat(200), category: 'rural', facts },
      { id: 7, category: 'rural', facts },
      { id: 'a', category: 'nowhere', facts },
      { id: 'a', facts },
      { id: 'a', category: 'rural', facts, history: undefined, overrides: undefined },
      { id: 'a', category: 'rural', facts, extra: 1 },
      { id: 'a', category: 'rural', facts: Object.assign(Object.create(null) as object, facts) },
      { id: 'a', category: 'rural', facts: [facts] },
      { id: 'a', category: 'rural', facts: null },
      Object.assign(Object.create(null) as object, { id: 'a', category: 'rural', facts }),
      Object.assign(Object.create({ inherited: 1 }) as object, { id: 'a', category: 'rural', facts }),
      null,
      [],
      'subject',
    ];
    for (const c of cases) agrees(compiled, lean, c);
  });
});

describe('what a compiled scorer is made of', () => {
  it('writes ids, options and numbers as literals, and nothing else from the rubric', async () => {
    const rubric = JSON.parse(readFileSync(resolve(fixtures, 'anyang-2017-star-rating.json'), 'utf8')) as Rubric;
    const { source } = await scorers(rubric);
    expect(source).not.toMatch(/eval|Function\(/);
    // No label, quote or assumption text reaches the code.
    expect(source).not.toContain(rubric.title.zh);
    for (const f of rubric.facts) {
      expect(source).toContain(JSON.stringify(f.id));
      expect(source).not.toContain(f.label.zh);
    }
  });

  it('writes literals that read back as the same values, and refuses comment text that could end a comment', () => {
    for (const text of ['a"b', "a'b", 'a\\nb', 'a\nb', '\u2028x', '${x}', '</script>', '`x`']) expect(new Function(`return ${str(text)};`)()).toBe(text);
    for (const n of [0, -0, 1.5, -2.25, 1e21, 1e-7, Infinity, -Infinity, 2 ** 53]) expect(Object.is(new Function(`return ${num(n)};`)(), n)).toBe(true);
    expect(() => num(Number.NaN)).toThrow();
    expect(commentText('anyang-2017@1.0.0-rc.1')).toBe('anyang-2017@1.0.0-rc.1');
    for (const bad of ['a\nb', 'a\u2028b', 'a*/b', 'a b']) expect(() => commentText(bad)).toThrow();
  });

  it('is not written for a rubric with asynchronous facts, and says why in both languages', () => {
    const anyang = JSON.parse(readFileSync(resolve(fixtures, 'anyang-2017-star-rating.json'), 'utf8')) as Rubric;
    const asyncFacts = { ...anyang, facts: anyang.facts.map((f) => (f.id === 'satisfaction' ? { ...f, source: 'async' as const } : f)) } as Rubric;
    const prepared = prepareRubric(asyncFacts);
    expect(() => compileScorerSource(prepared)).toThrow(CompileScorerError);
    try {
      compileScorerSource(prepared);
    } catch (e) {
      expect(e).toMatchObject({ code: 'async-facts', zh: expect.stringContaining('异步') as string, en: expect.stringContaining('asynchronously') as string });
    }
  });

  it('refuses a rubric other than the one it was written for, and another format', async () => {
    const anyang = JSON.parse(readFileSync(resolve(fixtures, 'anyang-2017-star-rating.json'), 'utf8')) as Rubric;
    const mod = await loadCompiled(prepareRubric(anyang));
    const other = prepareRubric({ ...anyang, version: '1.0.1' });
    expect(() => mod.createScorer(other)).toThrow(/written for anyang-2017-star-rating@1\.0\.0 .*not anyang-2017-star-rating@1\.0\.1/);
    expect(() => mod.createScorer({} as PreparedRubric)).toThrow(/prepareRubric/);
    const prepared = prepareRubric(anyang);
    expect(() => linkCompiledScorer(prepared, { ...prepared.ref, format: COMPILED_FORMAT + 1 })).toThrow(/regenerate/);
  });
});
