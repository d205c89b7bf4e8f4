import { describe, expect, it } from 'vitest';
import { validateRubric } from '../../src/validate/index.js';
import { baseRubric, mutated } from './base-rubric.js';

function issuesOf(input: unknown) {
  const r = validateRubric(input);
  expect(r.ok).toBe(false);
  return r.issues;
}

describe('schema issues', () => {
  it('a non-object rubric', () => {
    expect(issuesOf(5)).toEqual([
      {
        code: 'schema.invalid_type',
        severity: 'error',
        path: [],
        message: { zh: '评分细则：应为对象 { … }，实际填写的是数字 5', en: 'the rubric: must be an object { … }, not a number 5' },
      },
    ]);
  });

  it('missing required fields', () => {
    const issues = issuesOf({});
    expect(issues.map((i) => i.path[0])).toEqual(['schemaVersion', 'id', 'version', 'title', 'facts', 'scale', 'sections', 'levels']);
    expect(issues[0]!.message).toEqual({ zh: '「schemaVersion」：缺少必填内容，应为 1', en: 'field schemaVersion: is required: 1' });
    expect(issues[1]!.message.zh).toBe('「id」：缺少必填内容（应为文字）');
  });

  it('names the owner by id and the field, and shows the wrong value', () => {
    const issues = issuesOf(
      mutated((r) => {
        (r.sections[0]!.indicators[2] as { max: unknown }).max = '20';
      }),
    );
    expect(issues).toEqual([
      {
        code: 'schema.invalid_type',
        severity: 'error',
        path: ['sections', 0, 'indicators', 2, 'max'],
        message: { zh: '指标 a3 的「max」：应为数字，实际填写的是文字 "20"', en: 'indicator a3, field max: must be a number, not text "20"' },
      },
    ]);
  });

  it('explains id, version, colour and path formats in words', () => {
    const issues = issuesOf(
      mutated((r) => {
        r.version = 'v1';
        r.sections[0]!.indicators[0]!.id = '1a';
        r.levels[0]!.color = 'red';
        r.gates![0]!.when = { fact: 'satisfaction', path: '$..x', operator: 'lessThan', value: 1 };
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['schema.invalid_format', 'schema.invalid_format', 'schema.invalid_format', 'schema.invalid_format']);
    expect(issues[0]!.message.zh).toBe('「version」："v1" 的格式不正确：版本号须写成“主版本.次版本.修订号”，例如 1.2.0');
    expect(issues[1]!.message.zh).toContain('编号须以英文字母开头');
    expect(issues[2]!.message.en).toBe('level five, field color: "red" is malformed: a colour must be # and six hex digits, e.g. #d4380d');
    expect(issues[3]!.path).toEqual(['gates', 0, 'when', 'path']);
    expect(issues[3]!.message.zh).toContain('不允许筛选、脚本、通配符');
  });

  it('reports reserved ids and bad record keys', () => {
    const issues = issuesOf(
      mutated((r) => {
        r.facts[1]!.id = 'constructor';
        r.conditions = { '9bad': { fact: 'satisfaction', operator: 'lessThan', value: 1 } };
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['schema.custom', ['facts', 1, 'id']],
      ['schema.invalid_format', ['conditions', '9bad']],
    ]);
    expect(issues[0]!.message.zh).toBe('录入事项 constructor 的「id」：该编号是保留字（如 constructor、toString），请换一个');
    expect(issues[1]!.message.zh).toContain('共用条件 9bad 的键名');
  });

  it('unknown kinds list the allowed ones; unknown fields suggest a typo', () => {
    const issues = issuesOf(
      mutated((r) => {
        (r.facts[0] as { type: string }).type = 'float';
        (r.levels[1] as Record<string, unknown>).colour = '#ffffff';
      }),
    );
    expect(issues[0]!.path).toEqual(['facts', 0, 'type']);
    expect(issues[0]!.message.zh).toBe('录入事项 orgPoints 的「type」："float" 不是允许的类型；可选："number"、"integer"、"boolean"、"enum"、"enumList"、"string"');
    expect(issues[1]).toMatchObject({ code: 'schema.unrecognized_keys', path: ['levels', 1] });
    expect(issues[1]!.message.zh).toBe('等次 four：含有无法识别的字段 “colour”（可能是拼写错误，或放错了位置）');
  });

  it('picks the condition form the author meant', () => {
    const issues = issuesOf(
      mutated((r) => {
        r.gates![0]!.when = { all: [{ fact: 'satisfaction', operator: 'eq' as never, value: 1 }] };
        r.flags![0]!.when = { all: [] };
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schema.invalid_value', 'gates.0.when.all.0.operator'],
      ['schema.too_small', 'flags.0.when.all'],
    ]);
    expect(issues[1]!.message.zh).toBe('复核提示 checkLow 的「when.all」：条目过少，至少 1 项');
  });

  it('numbers: bounds in words', () => {
    const issues = issuesOf(
      mutated((r) => {
        r.scale.precision = 0;
        r.sections[0]!.indicators[0]!.max = -1;
        r.quotas![0]!.percent = 120;
      }),
    );
    expect(issues.map((i) => i.message.zh)).toEqual([
      '「scale.precision」：数值必须大于 0',
      '指标 a1 的「max」：数值不能小于 0',
      '比例控制 fiveCap 的「percent」：数值不能大于 100',
    ]);
  });

  it('stops before the rules when the schema fails', () => {
    const issues = issuesOf(
      mutated((r) => {
        r.title.zh = '';
        r.sections[0]!.indicators[0]!.points = { kind: 'direct', fact: 'undeclared' };
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['schema.too_small']);
  });

  it('accepts the base rubric, returning it normalised without touching the input', () => {
    const input = baseRubric();
    const snapshot = JSON.stringify(input);
    const r = validateRubric(input);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(input)).toBe(snapshot);
    if (r.ok) expect(r.rubric.scale).toEqual({ min: 0, max: 100, precision: 0.5, clamp: true, rounding: 'half-up' });
  });
});
