import { describe, expect, it } from 'vitest';
import { getAt, moveAt, setAt } from '../src/state/paths';
import { parseText } from '../src/state/text';

describe('paths', () => {
  it('creates containers on the way and removes keys set to undefined', () => {
    expect(setAt({}, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
    expect(setAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
  });
  it('refuses prototype keys', () => {
    expect(() => setAt({}, ['__proto__', 'x'], 1)).toThrow(/refused/);
    expect(getAt({}, ['constructor'])).toBeUndefined();
  });
  it('ignores moves out of range', () => {
    const d = { l: [1, 2] };
    expect(moveAt(d, ['l'], 0, 5)).toBe(d);
    expect(moveAt(d, ['l'], 0, 1)).toEqual({ l: [2, 1] });
  });
  it('reports line and column of a syntax error', () => {
    const r = parseText('{\n  "a": 1,\n  }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(3);
  });
  it('bounds nesting depth', () => {
    const deep = '['.repeat(100) + ']'.repeat(100);
    expect(parseText(deep).ok).toBe(false);
  });
});

describe('JSON view text', () => {
  it('locates a syntax error exactly and explains it in both languages', () => {
    const r = parseText('{"a": [1, 2,]}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect([r.error.line, r.error.column, r.error.offset]).toEqual([1, 13, 12]);
      expect(r.error.message.zh).not.toBe('');
      expect(r.error.message.en).not.toBe('');
    }
  });
  it('refuses prototype keys in the text', () => {
    expect(parseText('{"__proto__": {"x": 1}}').ok).toBe(false);
  });
});
