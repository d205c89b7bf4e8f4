import { describe, expect, it } from 'vitest';
import { checkJsonValue } from '../../src/json/index.js';
import { validateRubric } from '../../src/validate/index.js';
import { baseRubric } from '../validate/base-rubric.js';

describe('checkJsonValue', () => {
  it('accepts plain data', () => {
    expect(checkJsonValue({ a: [1, { b: null }], c: 'x' })).toEqual([]);
  });

  it('finds every forbidden key, own keys only', () => {
    const value = JSON.parse('{"a": {"__proto__": {"x": 1}}, "b": [{"constructor": 1}, {"prototype": 2}]}');
    expect(checkJsonValue(value).map((i) => [i.code, i.path])).toEqual([
      ['json.forbidden_key', ['a', '__proto__']],
      ['json.forbidden_key', ['b', 0, 'constructor']],
      ['json.forbidden_key', ['b', 1, 'prototype']],
    ]);
    expect(checkJsonValue(new Date(0))).toEqual([]);
  });

  it('stops at the depth limit, so a cycle cannot loop', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const issues = checkJsonValue(cyclic, 10);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'json.too_deep', path: Array(10).fill('self') });
  });
});

describe('validateRubric refuses what a schema would drop silently', () => {
  it('a __proto__ tier from JSON.parse is an error, not a missing tier', () => {
    const text = JSON.stringify(baseRubric()).replace('"tiers":{', '"tiers":{"__proto__":9,');
    const r = validateRubric(JSON.parse(text));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['json.forbidden_key', ['adjustments', 1, 'tiers', '__proto__']]]);
  });

  it('a cyclic object is refused, not followed', () => {
    const r = baseRubric() as unknown as Record<string, unknown>;
    r.description = r;
    expect(validateRubric(r).issues[0]!.code).toBe('json.too_deep');
  });
});
