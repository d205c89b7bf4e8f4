import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import type { TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { ConditionCompiler, plainPathResolver } from '../../src/conditions/index.js';
import { OPERATORS, type Condition } from '../../src/schema/condition.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

/**
 * The compiled closures and json-rules-engine 7 (with the same plain path resolver) agree on
 * random conditions over random facts: same truth value, or both reject.
 */
const FACT_IDS = ['f0', 'f1', 'f2', 'f3'];
const factIndex = new Map(FACT_IDS.map((id, i) => [id, i]));
const PATHS = ['$', '$.a', '$.b', '$[0]', '$[1]', '$.a.b', '$.a[0]', '$.b[1]'];

const scalar = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 0.6, -1, 10, 12, 13, 0.1, 0.3),
  fc.constantFrom('a', 'b', 'city', 'province', '', '3', '0.5', 'abc'),
  fc.boolean(),
  fc.constant(null),
);
const list = fc.array(scalar, { maxLength: 4 });
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: list },
  // Facts come from JSON, whose objects always have Object.prototype: a null-prototype object cannot
  // be turned into a string, and json-rules-engine then throws where nothing in a rubric can lead.
  {
    weight: 1,
    arbitrary: fc.record(
      { a: fc.oneof(scalar, list, fc.record({ b: scalar }, { noNullPrototype: true })), b: fc.oneof(scalar, list) },
      { requiredKeys: [], noNullPrototype: true },
    ),
  },
);
const factValues = fc.tuple(...FACT_IDS.map(() => fc.option(value, { nil: undefined })));

const leaf: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.constantFrom(...FACT_IDS),
    operator: fc.constantFrom(...OPERATORS),
    value: fc.oneof(
      { weight: 3, arbitrary: fc.oneof(scalar, list) },
      { weight: 1, arbitrary: fc.record({ fact: fc.constantFrom(...FACT_IDS), path: fc.option(fc.constantFrom(...PATHS), { nil: undefined }) }) },
    ),
    path: fc.option(fc.constantFrom(...PATHS), { nil: undefined }),
  })
  .map((c) => {
    const out: Record<string, unknown> = { fact: c.fact, operator: c.operator, value: c.value };
    if (c.path !== undefined) out.path = c.path;
    if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) && (c.value as { path?: string }).path === undefined) {
      out.value = { fact: (c.value as { fact: string }).fact };
    }
    return out as Condition;
  });

const tree = (withRefs: boolean): fc.Arbitrary<Condition> =>
  fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: leaf },
      { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((all) => ({ all })) },
      { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((any) => ({ any })) },
      { weight: 1, arbitrary: tie('node').map((not) => ({ not })) },
      ...(withRefs ? [{ weight: 1, arbitrary: fc.constantFrom('s0', 's1').map((condition) => ({ condition })) }] : []),
    ),
  })).node;

const topLevel = (c: Condition): TopLevelCondition => ('fact' in c ? { all: [c] } : c) as unknown as TopLevelCondition;

async function engineSays(cond: Condition, shared: Record<string, Condition>, values: unknown[]): Promise<boolean | 'throws'> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: plainPathResolver as (v: object, p: string) => unknown });
  for (const [name, c] of Object.entries(shared)) engine.setCondition(name, topLevel(c));
  engine.addRule({ name: 'r', conditions: topLevel(structuredClone(cond)), event: { type: 'hit' } });
  const facts: Record<string, unknown> = {};
  FACT_IDS.forEach((id, i) => {
    if (values[i] !== undefined) facts[id] = values[i];
  });
  try {
    const { results } = await engine.run(facts);
    return results.length === 1;
  } catch {
    return 'throws';
  }
}

function compiledSays(cond: Condition, shared: Record<string, Condition>, values: unknown[], objectFree = false): boolean | 'throws' {
  const compiled = new ConditionCompiler(factIndex, shared, () => objectFree).compile(cond, ['when']);
  let answer: boolean | 'throws';
  try {
    answer = compiled.test(values, new Float64Array(values.length));
  } catch {
    answer = 'throws';
  }
  // The hot path reads facts that are always finite numbers from a Float64Array instead: the
  // same condition read that way must say the same.
  const isNum = values.map((v) => typeof v === 'number' && Number.isFinite(v));
  const num = Float64Array.from(values, (v, i) => (isNum[i] ? (v as number) : 0));
  const rest = values.map((v, i) => (isNum[i] ? undefined : v));
  const unboxed = new ConditionCompiler(factIndex, shared, () => objectFree, (id) => isNum[factIndex.get(id) as number] === true).compile(cond, ['when']);
  let fromNum: boolean | 'throws';
  try {
    fromNum = unboxed.test(rest, num);
  } catch {
    fromNum = 'throws';
  }
  expect(fromNum).toBe(answer);
  return answer;
}

describe('compiled conditions agree with json-rules-engine', () => {
  it('on random conditions, facts, operators, references and paths', async () => {
    await fc.assert(
      fc.asyncProperty(tree(true), tree(false), tree(false), factValues, async (cond, s0, s1, values) => {
        const shared = { s0, s1 };
        const ours = compiledSays(cond, shared, values);
        const theirs = await engineSays(cond, shared, values);
        expect(ours).toBe(theirs);
      }),
      { numRuns: 1500 },
    );
  }, PROPERTY_TIMEOUT);

  it('with short-circuiting, over facts that cannot hold objects (as declared facts cannot)', async () => {
    const primitiveFacts = fc.tuple(...FACT_IDS.map(() => fc.option(fc.oneof(scalar, list), { nil: undefined })));
    await fc.assert(
      fc.asyncProperty(tree(true), tree(false), tree(false), primitiveFacts, async (cond, s0, s1, values) => {
        const shared = { s0, s1 };
        expect(compiledSays(cond, shared, values, true)).toBe(await engineSays(cond, shared, values));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('on the boundaries the rubrics use', async () => {
    const cases: [Condition, unknown[]][] = [
      [{ fact: 'f0', operator: 'lessThan', value: 0.6 }, [0.6]],
      [{ fact: 'f0', operator: 'lessThan', value: 0.6 }, [0.59]],
      [{ fact: 'f0', operator: 'greaterThan', value: 12 }, [12]],
      [{ fact: 'f0', operator: 'greaterThanInclusive', value: 3 }, [3]],
      [{ fact: 'f0', operator: 'contains', value: 'city' }, [['city', 'national']]],
      [{ fact: 'f0', operator: 'in', value: { fact: 'f1' } }, ['x', 5]],
    ];
    for (const [c, v] of cases) expect(compiledSays(c, {}, v)).toBe(await engineSays(c, {}, v));
  }, PROPERTY_TIMEOUT);
});
