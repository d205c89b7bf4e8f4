import { describe, expect, it } from 'vitest';
import { ConditionCompileError, ConditionCompiler, ConditionTypeError, parsePath, plainPathResolver } from '../../src/conditions/index.js';
import type { Condition } from '../../src/schema/condition.js';

const ids = ['n', 's', 'list', 'obj', 'm', 'b'];
const factIndex = new Map(ids.map((id, i) => [id, i]));
const shared: Record<string, Condition> = {
  big: { fact: 'n', operator: 'greaterThanInclusive', value: 10 },
  bigAndCity: { all: [{ condition: 'big' }, { fact: 's', operator: 'equal', value: 'city' }] },
  loopA: { condition: 'loopB' },
  loopB: { condition: 'loopA' },
};
const compiler = new ConditionCompiler(factIndex, shared);
const facts = (v: Record<string, unknown>) => ids.map((id) => v[id]);
const test = (c: Condition, v: Record<string, unknown>) => compiler.compile(c, ['when']).test(facts(v), new Float64Array(ids.length));

describe('operators (json-rules-engine semantics)', () => {
  it('equal / notEqual are strict', () => {
    expect(test({ fact: 'n', operator: 'equal', value: 3 }, { n: 3 })).toBe(true);
    expect(test({ fact: 'n', operator: 'equal', value: '3' }, { n: 3 })).toBe(false);
    expect(test({ fact: 'n', operator: 'notEqual', value: 3 }, {})).toBe(true);
  });
  it('numeric operators need a numeric fact, then compare as JS does', () => {
    expect(test({ fact: 'n', operator: 'lessThan', value: 0.6 }, { n: 0.59 })).toBe(true);
    expect(test({ fact: 'n', operator: 'lessThan', value: 0.6 }, { n: 0.6 })).toBe(false);
    expect(test({ fact: 'n', operator: 'lessThanInclusive', value: 0.6 }, { n: 0.6 })).toBe(true);
    expect(test({ fact: 'n', operator: 'greaterThan', value: 12 }, { n: 13 })).toBe(true);
    expect(test({ fact: 'n', operator: 'greaterThanInclusive', value: 3 }, { n: 3 })).toBe(true);
    // Not numeric: false whatever the comparison would say.
    expect(test({ fact: 'n', operator: 'lessThan', value: 5 }, { n: null })).toBe(false);
    expect(test({ fact: 'n', operator: 'lessThan', value: 5 }, {})).toBe(false);
    expect(test({ fact: 'n', operator: 'lessThan', value: 5 }, { n: true })).toBe(false);
    // parseFloat("3abc") is 3, so the engine compares "3abc" < 5 (false: NaN).
    expect(test({ fact: 's', operator: 'lessThan', value: 5 }, { s: '3' })).toBe(true);
  });
  it('in / notIn search lists and text; anything else throws like the engine', () => {
    expect(test({ fact: 's', operator: 'in', value: ['city', 'province'] }, { s: 'city' })).toBe(true);
    expect(test({ fact: 's', operator: 'in', value: 'a city b' }, { s: 'city' })).toBe(true);
    expect(test({ fact: 's', operator: 'notIn', value: ['city'] }, { s: 'national' })).toBe(true);
    expect(() => test({ fact: 's', operator: 'in', value: 3 }, { s: 'x' })).toThrow(ConditionTypeError);
  });
  it('contains / doesNotContain only hold for list facts', () => {
    expect(test({ fact: 'list', operator: 'contains', value: 'city' }, { list: ['city'] })).toBe(true);
    expect(test({ fact: 'list', operator: 'doesNotContain', value: 'city' }, { list: ['province'] })).toBe(true);
    expect(test({ fact: 's', operator: 'contains', value: 'c' }, { s: 'city' })).toBe(false);
    expect(test({ fact: 's', operator: 'doesNotContain', value: 'c' }, { s: 'city' })).toBe(false);
  });
});

describe('boolean structure, shared conditions, references and paths', () => {
  it('all / any / not, empty lists hold', () => {
    const t = { fact: 'n', operator: 'equal', value: 1 } as const;
    const f = { fact: 'n', operator: 'equal', value: 2 } as const;
    expect(test({ all: [t, f] }, { n: 1 })).toBe(false);
    expect(test({ any: [f, t] }, { n: 1 })).toBe(true);
    expect(test({ not: f }, { n: 1 })).toBe(true);
    expect(test({ all: [] }, {})).toBe(true);
    expect(test({ any: [] }, {})).toBe(true);
  });
  it('reads shared conditions, nested', () => {
    expect(test({ condition: 'bigAndCity' }, { n: 10, s: 'city' })).toBe(true);
    expect(test({ condition: 'bigAndCity' }, { n: 9, s: 'city' })).toBe(false);
  });
  it('compares with another fact', () => {
    expect(test({ fact: 'n', operator: 'lessThan', value: { fact: 'm' } }, { n: 1, m: 2 })).toBe(true);
    expect(test({ fact: 's', operator: 'in', value: { fact: 'list' } }, { s: 'x', list: ['x'] })).toBe(true);
  });
  it('applies plain paths to objects only', () => {
    expect(test({ fact: 'obj', path: '$.a.b', operator: 'equal', value: 2 }, { obj: { a: { b: 2 } } })).toBe(true);
    expect(test({ fact: 'list', path: '$[1]', operator: 'equal', value: 'y' }, { list: ['x', 'y'] })).toBe(true);
    // A path on a non-object returns the value itself (the almanac does so).
    expect(test({ fact: 'n', path: '$.a', operator: 'equal', value: 5 }, { n: 5 })).toBe(true);
    // Inherited properties are never read.
    expect(test({ fact: 'obj', path: '$.constructor', operator: 'equal', value: undefined as never }, { obj: {} })).toBe(true);
    expect(plainPathResolver({ a: [1, { b: 3 }] }, '$.a[1].b')).toBe(3);
    expect(() => parsePath('$..a')).toThrow();
    expect(() => parsePath('$[?(@.a)]')).toThrow();
  });
  it('refuses unknown facts, unknown shared conditions, cycles and script paths at compile time', () => {
    const codes = (c: Condition): string => {
      try {
        compiler.compile(c, ['when']);
        return 'ok';
      } catch (e) {
        return (e as ConditionCompileError).code;
      }
    };
    expect(codes({ fact: 'nope', operator: 'equal', value: 1 })).toBe('unknown-fact');
    expect(codes({ fact: 'n', operator: 'equal', value: { fact: 'nope' } })).toBe('unknown-fact');
    expect(codes({ condition: 'nope' })).toBe('unknown-condition');
    expect(codes({ condition: 'loopA' })).toBe('condition-cycle');
    expect(codes({ fact: 'obj', operator: 'equal', value: 1, path: '$..x' })).toBe('bad-path');
    expect(codes({ fact: 'n', operator: 'regex' as never, value: 1 })).toBe('unknown-operator');
  });
});
