import { describe, expect, it } from 'vitest';
import { formatIssue, parseRubric } from '../../src/validate/index.js';
import type { Issue } from '../../src/result/types.js';
import { baseRubric } from './base-rubric.js';

describe('parseRubric', () => {
  it('parses and validates', () => {
    const r = parseRubric(JSON.stringify(baseRubric(), null, 2));
    expect(r.ok).toBe(true);
  });

  it('returns a syntax error with its line and column', () => {
    const text = JSON.stringify(baseRubric(), null, 2).replace('"version": "1.0.0",', '"version": "1.0.0",,');
    const r = parseRubric(text);
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'json.syntax', line: 4, column: 22 });
  });

  it('returns validation issues by path', () => {
    const rubric = baseRubric();
    rubric.sections[0]!.indicators[0]!.points = { kind: 'direct', fact: 'x3' };
    const r = parseRubric(JSON.stringify(rubric));
    expect(r.issues.map((i) => i.code)).toContain('ref.fact');
  });

  it('passes limits to the parser', () => {
    const r = parseRubric(JSON.stringify(baseRubric()), { maxDepth: 3 });
    expect(r.issues[0]!.code).toBe('json.too_deep');
  });
});

describe('formatIssue', () => {
  const issue: Issue = {
    code: 'ref.fact',
    severity: 'error',
    path: ['sections', 0, 'indicators', 2, 'points', 'fact'],
    message: { zh: '指标 a3 引用了未声明的录入事项 x3', en: 'indicator a3 uses undeclared fact x3' },
  };

  it('one line: path and message', () => {
    expect(formatIssue(issue, 'zh')).toBe('sections[0].indicators[2].points.fact：指标 a3 引用了未声明的录入事项 x3');
    expect(formatIssue(issue, 'en')).toBe('sections[0].indicators[2].points.fact: indicator a3 uses undeclared fact x3');
  });

  it('adds line and column, marks warnings, quotes odd keys, keeps one line', () => {
    const syntax: Issue = { ...issue, code: 'json.syntax', path: [], line: 3, column: 14, message: { zh: '错\n误', en: 'bad\r\nthing' } };
    expect(formatIssue(syntax, 'zh')).toBe('[第 3 行，第 14 列] $：错 误');
    expect(formatIssue(syntax, 'en')).toBe('[line 3, column 14] $: bad thing');
    const warning: Issue = { ...issue, severity: 'warning', path: ['conditions', 'a b', 'all', 0] };
    expect(formatIssue(warning, 'en')).toBe('warning conditions["a b"].all[0]: indicator a3 uses undeclared fact x3');
    expect(formatIssue(warning, 'zh')).toBe('警告 conditions["a b"].all[0]：指标 a3 引用了未声明的录入事项 x3');
  });
});
