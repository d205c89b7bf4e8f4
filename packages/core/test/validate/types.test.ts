import { describe, expect, it } from 'vitest';
import type { FactDeclaration } from '../../src/schema/facts.js';
import { mutated } from './base-rubric.js';
import { onlyCode } from './expect-issues.js';

const fact = (r: { facts: FactDeclaration[] }, id: string) => r.facts.find((f) => f.id === id)!;

describe('fact.type', () => {
  it('points need number or integer facts', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.sections[0]!.indicators[0]!.points = { kind: 'direct', fact: 'election' };
        r.facts = r.facts.filter((f) => f.id !== 'orgPoints');
      }),
      'fact.type',
    );
    expect(issue!.path).toEqual(['sections', 0, 'indicators', 0, 'points', 'fact']);
    expect(issue!.message.zh).toBe('指标 a1 的直接计分要求录入事项 election 为数字或整数，但它是单选（enum）类型');
    expect(issue!.message.en).toBe('indicator a1: direct points needs fact election to be a number or integer, but it is enum');
  });

  it('linear and raters need numbers; lookup refuses lists', () => {
    const issues = onlyCode(
      mutated((r) => {
        const ind = r.sections[0]!.indicators;
        ind[1]!.points = { kind: 'linear', fact: 'poorVillage', lower: 0, upper: 1 };
        ind[2]!.points = { kind: 'lookup', fact: 'honours', rows: [{ points: 0 }] };
        ind[3]!.points = { kind: 'raters', parts: [{ source: 'self', fact: 'election', weight: 1 }] };
        r.facts = r.facts.filter((f) => !['studyRate', 'selfA4', 'superiorA4'].includes(f.id));
      }),
      'fact.type',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'sections.0.indicators.1.points.fact',
      'sections.0.indicators.2.points.fact',
      'sections.0.indicators.3.points.parts.0.fact',
    ]);
  });

  it('per-count needs an integer fact declared with min 0', () => {
    const issues = onlyCode(
      mutated((r) => {
        const c = fact(r, 'criticisms');
        if (c.type === 'integer') delete c.min;
      }),
      'fact.type',
    );
    expect(issues[0]!.message.en).toBe('adjustment criticised counts occurrences: fact criticisms is a count and must declare "min": 0');
    const [wrongType] = onlyCode(
      mutated((r) => {
        r.adjustments![0] = { ...(r.adjustments![0] as object), fact: 'satisfaction' } as never;
      }),
      'fact.type',
    );
    expect(wrongType!.message.zh).toContain('要求录入事项 satisfaction 为整数（次数）');
  });

  it('tiered needs an enum or enum list, tie-breaks need numbers', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.adjustments![1] = { ...(r.adjustments![1] as object), fact: 'members', tiers: {} } as never;
        r.quotas![0]!.tieBreak = [{ fact: 'election', order: 'asc' }];
      }),
      'fact.type',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['adjustments.1.fact', 'quotas.0.tieBreak.0.fact']);
  });

  it('a path selects only inside a list (by index) or an asynchronous fact', () => {
    const bad = onlyCode(
      mutated((r) => {
        r.gates![0]!.when = { fact: 'satisfaction', path: '$.value', operator: 'lessThan', value: 0.5 };
      }),
      'fact.type',
    );
    expect(bad[0]!.path).toEqual(['gates', 0, 'when', 'fact']);
    expect(bad[0]!.message.zh).toContain('使用了路径 $.value');
    const ok = mutated((r) => {
      r.flags![0]!.when = { fact: 'honours', path: '$[0]', operator: 'equal', value: 'city' };
      r.facts.push({ id: 'registry', label: { zh: '登记', en: 'Registry' }, type: 'string', source: 'async' });
      r.gates![0]!.when = { fact: 'registry', path: '$.status.code', operator: 'equal', value: 'x' };
      r.conditions = {};
      r.adjustments![2] = { ...(r.adjustments![2] as object), when: { fact: 'satisfaction', operator: 'lessThan', value: 0.6 } } as never;
    });
    expect(validate(ok)).toEqual([]);
  });
});

describe('condition.operator', () => {
  it('numeric comparisons need number facts and number values', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.gates![0]!.when = { all: [{ fact: 'election', operator: 'lessThan', value: 3 }, { fact: 'satisfaction', operator: 'lessThan', value: '0.5' }] };
      }),
      'condition.operator',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['gates.0.when.all.0.operator', 'gates.0.when.all.1.value']);
    expect(issues[0]!.message.zh).toBe('等次限定规则 veto 的条件（录入事项 election lessThan 3）只能用于数字录入事项，而 election 是单选（enum）类型');
  });

  it('equality values must be possible values of the fact', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.gates![2]!.when = { fact: 'election', operator: 'equal', value: 'Late' };
        r.gates![1]!.when = { fact: 'poorVillage', operator: 'equal', value: 'true' };
      }),
      'condition.operator',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['gates.1.when.value', 'gates.2.when.value']);
    expect(issues[1]!.message.en).toContain('must compare with an option of fact election (onTime, late), or it can never hold');
  });

  it('lists use contains, not equal or in; in needs a list of values', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.flags![0]!.when = {
          any: [
            { fact: 'honours', operator: 'equal', value: 'city' },
            { fact: 'honours', operator: 'in', value: ['city'] },
            { fact: 'election', operator: 'in', value: 'late' },
            { fact: 'election', operator: 'notIn', value: ['late', 'early'] },
            { fact: 'election', operator: 'contains', value: 'late' },
            { fact: 'honours', operator: 'contains', value: 'nation' },
          ],
        };
      }),
      'condition.operator',
    );
    expect(issues.map((i) => i.path.slice(4).join('.'))).toEqual(['0.operator', '1.operator', '2.value', '3.value', '4.operator', '5.value']);
  });

  it('does not judge tests against another fact', () => {
    const r = mutated((x) => {
      x.gates![0]!.when = { fact: 'satisfaction', operator: 'lessThan', value: { fact: 'studyRate' } };
    });
    expect(validate(r)).toEqual([]);
  });
});

describe('tiered.options', () => {
  it('tiers are options of the fact', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.adjustments![1] = { ...(r.adjustments![1] as object), tiers: { city: 3, national: 8 } } as never;
      }),
      'tiered.options',
    );
    expect(issue!.path).toEqual(['adjustments', 1, 'tiers', 'national']);
    expect(issue!.message.zh).toBe('加减分项 commended 的档位 national 不是录入事项 honours 的选项（可选：city、province）');
  });
});

describe('lookup.rows', () => {
  it('rows match a value or a range that fits the fact', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.sections[0]!.indicators[2]!.points = {
          kind: 'lookup',
          fact: 'election',
          rows: [
            { equals: 'onTime', min: 1, points: 20 },
            { min: 5, max: 5, points: 10 },
            { equals: 'never', points: 0 },
            { equals: 'late', points: 10 },
          ],
        };
      }),
      'lookup.rows',
    );
    expect(issues.map((i) => i.path.slice(5).join('.'))).toEqual(['rows.0', 'rows.1', 'rows.1', 'rows.2.equals']);
  });
});

describe('fact.declaration', () => {
  it('defaults fit their declarations; min ≤ max; required facts have no default', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.facts.push(
          { id: 'n1', label: { zh: 'n', en: 'n' }, type: 'number', min: 0, max: 10, step: 0.5, default: 9.25 },
          { id: 'n2', label: { zh: 'n', en: 'n' }, type: 'integer', min: 5, max: 1 },
          { id: 'e1', label: { zh: 'e', en: 'e' }, type: 'enum', options: [{ id: 'a', label: { zh: 'a', en: 'a' } }], default: 'b' },
          {
            id: 'l1',
            label: { zh: 'l', en: 'l' },
            type: 'enumList',
            maxItems: 1,
            options: [{ id: 'a', label: { zh: 'a', en: 'a' } }],
            default: ['a', 'a', 'z'],
          },
          { id: 's1', label: { zh: 's', en: 's' }, type: 'string', maxLength: 2, default: 'abc', required: true },
          { id: 'as', label: { zh: 'a', en: 'a' }, type: 'boolean', source: 'async', default: true },
        );
      }),
      'fact.declaration',
    );
    expect(issues.map((i) => i.message.en)).toEqual([
      'fact n1: the default 9.25 is not a multiple of the step 0.5',
      'fact n2: min 5 is greater than max 1',
      'fact e1: the default "b" is not one of the options',
      'fact l1: the default ["a","a","z"] lists "z", not options',
      'fact l1: the default ["a","a","z"] repeats an option',
      'fact l1: the default ["a","a","z"] has more than 1 items',
      'fact s1: the default "abc" is longer than 2 characters',
      'fact s1 is required and has a default, which would never be used; remove one',
      'fact as is looked up asynchronously and cannot have a default (it would hide a failed lookup)',
    ]);
  });
});

import { validateRubric } from '../../src/validate/index.js';
function validate(r: unknown) {
  return validateRubric(r).issues;
}
