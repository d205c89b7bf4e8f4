import { describe, expect, it } from 'vitest';
import { mutated } from './base-rubric.js';
import { onlyCode } from './expect-issues.js';
import { validateRubric } from '../../src/validate/index.js';

describe('ref.fact', () => {
  it('names the indicator and the undeclared fact', () => {
    const [issue, ...rest] = onlyCode(
      mutated((r) => {
        r.sections[0]!.indicators[0]!.points = { kind: 'direct', fact: 'x3' };
        r.facts = r.facts.filter((f) => f.id !== 'orgPoints');
      }),
      'ref.fact',
    );
    expect(rest).toEqual([]);
    expect(issue!.path).toEqual(['sections', 0, 'indicators', 0, 'points', 'fact']);
    expect(issue!.message).toEqual({ zh: '指标 a1 引用了未声明的录入事项 x3', en: 'indicator a1 uses undeclared fact x3' });
  });

  it('finds facts in conditions, fact references, adjustments and tie-breaks', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.conditions!.lowSatisfaction = { fact: 'happy', operator: 'lessThan', value: { fact: 'target' } };
        r.adjustments![0] = { ...r.adjustments![0]!, kind: 'perCount', fact: 'nope', points: -3 } as never;
        r.quotas![0]!.tieBreak = [{ fact: 'ghost', order: 'asc' }];
        r.facts = r.facts.filter((f) => f.id !== 'satisfaction' && f.id !== 'criticisms' && f.id !== 'members');
        r.gates = r.gates!.filter((g) => g.id !== 'veto');
      }),
      'ref.fact',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['adjustments', 0, 'fact'],
      ['conditions', 'lowSatisfaction', 'fact'],
      ['conditions', 'lowSatisfaction', 'value', 'fact'],
      ['quotas', 0, 'tieBreak', 0, 'fact'],
    ]);
    expect(issues[1]!.message.zh).toBe('共用条件 lowSatisfaction 引用了未声明的录入事项 happy');
  });
});

describe('ref.level', () => {
  it('checks gates, quotas, outcomes, history and crosswalk sources', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.gates![0]!.effect = { kind: 'veto', level: 'zero' };
        r.gates![1]!.effect = { kind: 'cap', level: 'six' };
        r.quotas![0]!.levels = ['seven'];
        r.outcomes![0]!.levels = ['gold'];
        r.history![0]!.levels = ['bronze'];
        r.crosswalks![0]!.map = { ...r.crosswalks![0]!.map, silver: 'good' };
      }),
      'ref.level',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['gates', 0, 'effect', 'level'],
      ['gates', 1, 'effect', 'level'],
      ['quotas', 0, 'levels', 0],
      ['outcomes', 0, 'levels', 0],
      ['history', 0, 'levels', 0],
      ['crosswalks', 0, 'map', 'silver'],
    ]);
    expect(issues[0]!.message).toEqual({ zh: '等次限定规则 veto 引用了未定义的等次 zero', en: 'gate veto names undefined level zero' });
  });
});

describe('ref.category', () => {
  it('checks every place a category is named', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.sections[0]!.indicators[0]!.categories = ['school'];
        r.sections[0]!.indicators[1]!.maxByCategory = { firm: 20 };
        r.adjustments![0]!.categories = ['x'];
        r.gates![1]!.categories = ['y'];
        r.outcomes![0]!.categories = ['z'];
        r.ranks![0]!.categories = ['w'];
        r.levels[0]!.bandByCategory = { v: { min: 95 } };
      }),
      'ref.category',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['sections', 0, 'indicators', 0, 'categories', 0],
      ['sections', 0, 'indicators', 1, 'maxByCategory', 'firm'],
      ['adjustments', 0, 'categories', 0],
      ['gates', 1, 'categories', 0],
      ['outcomes', 0, 'categories', 0],
      ['ranks', 0, 'categories', 0],
      ['levels', 0, 'bandByCategory', 'v'],
    ]);
    expect(issues[0]!.message.zh).toBe('指标 a1 引用了未声明的类别 school');
  });
});

describe('ref.source', () => {
  it('checks rater parts', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.sources = r.sources!.filter((s) => s.id !== 'superior');
      }),
      'ref.source',
    );
    expect(issue!.path).toEqual(['sections', 0, 'indicators', 3, 'points', 'parts', 1, 'source']);
    expect(issue!.message.en).toBe('indicator a4 names undeclared evaluation source superior');
  });
});

describe('ref.condition', () => {
  it('checks shared condition references anywhere in a tree', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.flags![0]!.when = { any: [{ not: { condition: 'missing' } }, { condition: 'lowSatisfaction' }] };
      }),
      'ref.condition',
    );
    expect(issue!.path).toEqual(['flags', 0, 'when', 'any', 0, 'not', 'condition']);
    expect(issue!.message.zh).toBe('复核提示 checkLow 引用了未定义的共用条件 missing');
  });
});

describe('ref.assumption', () => {
  it('checks assumptions cited by rules', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.gates![0]!.assumptions = ['equalWeights', 'unstated'];
      }),
      'ref.assumption',
    );
    expect(issue!.path).toEqual(['gates', 0, 'assumptions', 1]);
  });
});

describe('ref.adjustment_group', () => {
  it('checks adjustment groups', () => {
    const [issue] = onlyCode(
      mutated((r) => {
        r.adjustments![1]!.group = 'bonuses';
      }),
      'ref.adjustment_group',
    );
    expect(issue!.path).toEqual(['adjustments', 1, 'group']);
    expect(issue!.message.zh).toBe('加减分项 commended 引用了未声明的加减分组 bonuses');
  });
});

describe('ids.duplicate', () => {
  it('reports repeated ids per kind, indicators across sections, options within a fact', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.sections.push({ id: 's2', label: { zh: '二', en: 'Two' }, indicators: [{ ...r.sections[0]!.indicators[0]! }] });
        r.levels.push({ ...r.levels[4]! });
        const election = r.facts[2]!;
        if (election.type === 'enum') election.options.push({ id: 'late', label: { zh: '再', en: 'Again' } });
        r.crosswalks![0]!.levels.push({ id: 'good', label: { zh: '好', en: 'Good' } });
      }),
      'ids.duplicate',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['sections', 1, 'indicators', 0, 'id'],
      ['levels', 5, 'id'],
      ['facts', 2, 'options', 2, 'id'],
      ['crosswalks', 0, 'levels', 2, 'id'],
    ]);
    expect(issues[0]!.message.zh).toBe('指标编号 a1 重复出现，编号必须唯一');
  });

  it('allows the same id in different kinds', () => {
    const r = mutated((x) => {
      x.gates![0]!.id = 'a1';
    });
    expect(validateRubric(r)).toMatchObject({ ok: true, issues: [] });
  });
});
