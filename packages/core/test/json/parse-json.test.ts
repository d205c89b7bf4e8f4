import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/json/index.js';

function fail(text: string, limits?: Parameters<typeof parseJson>[1]) {
  const r = parseJson(text, limits);
  if (r.ok) throw new Error('expected a failure');
  return r.issue;
}

describe('parseJson', () => {
  it('parses strict JSON', () => {
    expect(parseJson('{"a": [1, 2.5, "x", true, null, {"b": {}}]}')).toEqual({
      ok: true,
      value: { a: [1, 2.5, 'x', true, null, { b: {} }] },
    });
    expect(parseJson(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(parseJson('"\\u00e9\\n"')).toEqual({ ok: true, value: 'é\n' });
  });

  it('ignores a leading byte-order mark and keeps positions', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(fail('\uFEFF{"a":}')).toMatchObject({ line: 1, column: 7 });
  });

  it('gives 1-based line and column for syntax errors, in both languages', () => {
    const issue = fail('{\n  "a": 1,\n  "b": [1, 2,]\n}');
    expect(issue).toEqual({
      code: 'json.syntax',
      severity: 'error',
      path: ['b', 2],
      line: 3,
      column: 14,
      message: {
        zh: 'JSON 语法错误：第 3 行第 14 列，此处缺少一个值',
        en: 'JSON syntax error at line 3, column 14: a value was expected',
      },
    });
  });

  it('refuses what JSON does not allow', () => {
    expect(fail('{"a": 1,}').code).toBe('json.syntax');
    expect(fail('// note\n{}').message.zh).toContain('不允许写注释');
    expect(fail("{'a': 1}").message.en).toContain('double quotes');
    expect(fail('{"a" 1}').message.zh).toContain('缺少冒号');
    expect(fail('{"a": 1 "b": 2}').message.zh).toContain('缺少逗号');
    expect(fail('[1, 2').message.zh).toContain('缺少右方括号');
    expect(fail('{"a": 1').message.zh).toContain('缺少右花括号');
    expect(fail('{"a": "x').message.zh).toContain('缺少结尾的双引号');
    expect(fail('{} []').message.zh).toContain('后面不应再有其他字符');
    expect(fail('"\\x"').message.zh).toContain('反斜杠转义不正确');
    expect(fail('NaN').code).toBe('json.syntax');
    expect(fail('').message).toEqual({ zh: 'JSON 语法错误：第 1 行第 1 列，此处缺少一个值', en: 'JSON syntax error at line 1, column 1: a value was expected' });
  });

  it('refuses numbers too large to represent', () => {
    expect(fail('{"x": [1e400]}')).toMatchObject({ code: 'json.number_out_of_range', path: ['x', 0], line: 1, column: 8 });
  });

  it('refuses prototype keys anywhere, naming their path', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const issue = fail(`{"facts": [{"id": "a"}, {"${key}": {"x": 1}}]}`);
      expect(issue).toMatchObject({ code: 'json.forbidden_key', path: ['facts', 1, key], line: 1, column: 26 });
      expect(issue.message.zh).toContain(`不允许使用字段名“${key}”（位置 facts[1].${key}）`);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a key repeated in one object, not across objects', () => {
    expect(fail('{"a": {"b": 1, "b": 2}}')).toMatchObject({ code: 'json.duplicate_key', path: ['a', 'b'], column: 16 });
    expect(parseJson('[{"b": 1}, {"b": 2}]').ok).toBe(true);
  });

  it('bounds the nesting depth', () => {
    expect(parseJson('[[[1]]]', { maxDepth: 3 }).ok).toBe(true);
    expect(fail('[[[[1]]]]', { maxDepth: 3 })).toMatchObject({ code: 'json.too_deep', path: [0, 0, 0], line: 1, column: 4 });
    // Deep input stops at the limit instead of exhausting the stack.
    expect(fail('['.repeat(200_000)).code).toBe('json.too_deep');
    expect(fail('{"a":'.repeat(100_000)).code).toBe('json.too_deep');
  });

  it('bounds the size in UTF-8 bytes', () => {
    expect(parseJson('"汉字"', { maxBytes: 8 }).ok).toBe(true);
    const issue = fail('"汉字"', { maxBytes: 7 });
    expect(issue).toEqual({
      code: 'json.too_large',
      severity: 'error',
      path: [],
      message: { zh: '文件过大：超过 7 字节的上限', en: 'the document is larger than the limit of 7 bytes' },
    });
    expect(fail('[1]'.padEnd(100, ' '), { maxBytes: 50 }).code).toBe('json.too_large');
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        // fast-check can generate the forbidden keys; those are refused by design.
        if (/"(__proto__|constructor|prototype)":/.test(text)) return;
        expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
  });
});

describe('parseJson: full-width punctuation', () => {
  it('names characters typed by a Chinese input method', () => {
    const space = fail('{"a":\u30001}');
    expect(space).toMatchObject({ line: 1, column: 6, path: ['a'] });
    expect(space.message.zh).toBe(
      'JSON 语法错误：第 1 行第 6 列，出现了字符“\u3000”（全角空格，U+3000）；JSON 的括号、引号、冒号、逗号和空格都须使用英文半角字符',
    );
    expect(fail('{"a"：1}').message.zh).toContain('全角冒号，U+FF1A');
    expect(fail('{"a": 1， "b": 2}').message.en).toContain('the character "，" (U+FF0C) is not JSON punctuation');
    expect(fail('{“a”: 1}').message.zh).toContain('中文引号');
  });
});
