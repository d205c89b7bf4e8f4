import { describe, expect, it } from 'vitest';
import type { FactDeclaration } from '@rubricate/core';
import fc from 'fast-check';
import { cellToFact, isDecimalText } from '../src/subjects/csv-cell.js';

const label = { zh: '录入事项' };
const number: FactDeclaration = { id: 'n', type: 'number', label };
const integer: FactDeclaration = { id: 'i', type: 'integer', label };
const boolean: FactDeclaration = { id: 'b', type: 'boolean', label };
const list: FactDeclaration = { id: 'l', type: 'enumList', label, options: [{ id: 'city', label }, { id: 'province', label }] };
const choice: FactDeclaration = { id: 'e', type: 'enum', label, options: [{ id: 'city', label }] };
const text: FactDeclaration = { id: 's', type: 'string', label };

describe('cellToFact', () => {
  it('reads decimal text as a number, and an empty cell as a fact not given', () => {
    expect(cellToFact('92.5', number)).toEqual({ ok: true, absent: false, value: 92.5 });
    expect(cellToFact(' 7 ', integer)).toEqual({ ok: true, absent: false, value: 7 });
    expect(cellToFact('-0.5', number)).toEqual({ ok: true, absent: false, value: -0.5 });
    expect(cellToFact('', number)).toEqual({ ok: true, absent: true });
    expect(cellToFact('   ', integer)).toEqual({ ok: true, absent: true });
  });

  it('refuses what is not plain decimal text, naming the value in both languages', () => {
    for (const bad of ['九十', '1,5', '80%', '0x10', 'NaN', 'Infinity', '1e400', '1 000']) {
      const result = cellToFact(bad, number);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('csv.number');
        expect(result.message.zh).toContain(`“${bad}”不是数字`);
        expect(result.message.en).toContain(`"${bad}" is not a number`);
      }
    }
  });

  it('reads true/false, 1/0 and 是/否 as booleans, in any case', () => {
    for (const yes of ['true', 'TRUE', 'True', '1', '是']) expect(cellToFact(yes, boolean)).toEqual({ ok: true, absent: false, value: true });
    for (const no of ['false', 'FALSE', '0', '否']) expect(cellToFact(no, boolean)).toEqual({ ok: true, absent: false, value: false });
    const bad = cellToFact('也许', boolean);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.code).toBe('csv.boolean');
  });

  it('splits lists on the pipe; an empty cell is an empty list; an empty item is an error', () => {
    expect(cellToFact('city|province', list)).toEqual({ ok: true, absent: false, value: ['city', 'province'] });
    expect(cellToFact(' city | province ', list)).toEqual({ ok: true, absent: false, value: ['city', 'province'] });
    expect(cellToFact('', list)).toEqual({ ok: true, absent: false, value: [] });
    const bad = cellToFact('city||province', list);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.code).toBe('csv.list');
  });

  it('passes enum and string cells on as text (the core checks the options)', () => {
    expect(cellToFact('city', choice)).toEqual({ ok: true, absent: false, value: 'city' });
    expect(cellToFact('nowhere', choice)).toEqual({ ok: true, absent: false, value: 'nowhere' });
    expect(cellToFact(' 张三 ', text)).toEqual({ ok: true, absent: false, value: '张三' });
    expect(cellToFact('', choice)).toEqual({ ok: true, absent: true });
  });
});

describe('isDecimalText', () => {
  const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
  it('agrees with the decimal pattern on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom('0', '1', '9', '+', '-', '.', 'e', 'E', ' ', 'x', '٣') }), fc.string()), (text) => {
        expect(isDecimalText(text)).toBe(DECIMAL.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0', '-0.5', '+1', '1.', '.5', '1e5', '1E-5', '1.5e+10', '', '.', '-', '1e', 'e5', '1.e5', '.e5', '--1', '1..2']) {
      expect(isDecimalText(text), text).toBe(DECIMAL.test(text));
    }
  });
});
