import type { FactDeclaration } from '@rubricate/core';
import { say } from '../i18n/messages.js';
import type { Bilingual } from '../i18n/text.js';

/** A cell converted to a fact value; `absent` means the fact is not given (its default applies). */
export type CellValue = { ok: true; absent: true } | { ok: true; absent: false; value: unknown } | { ok: false; code: string; message: Bilingual };

/**
 * Whether `text` is plain decimal text, as `/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/`
 * says (a test checks they agree): an optional sign, digits with an optional fraction or a
 * fraction alone, an optional exponent. Written out because it runs on every number cell of a file.
 */
export function isDecimalText(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  const intStart = i;
  while (c >= 0x30 && c <= 0x39) c = text.charCodeAt(++i);
  let digits = i - intStart;
  if (c === 0x2e) {
    const fracStart = ++i;
    c = text.charCodeAt(i);
    while (c >= 0x30 && c <= 0x39) c = text.charCodeAt(++i);
    digits += i - fracStart;
  }
  if (digits === 0) return false;
  if (c === 0x65 || c === 0x45) {
    c = text.charCodeAt(++i);
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
    const expStart = i;
    while (c >= 0x30 && c <= 0x39) c = text.charCodeAt(++i);
    if (i === expStart) return false;
  }
  return i === text.length;
}
const TRUE = new Set(['true', '1', '是']);
const FALSE = new Set(['false', '0', '否']);

/** The list separator in enumList cells (a comma would clash with the CSV delimiter). */
export const LIST_SEPARATOR = '|';

/** A cell that does not spell a value of its fact's type. */
export class CellFailure {
  constructor(
    readonly code: string,
    readonly message: Bilingual,
  ) {}
}

/** What {@link cellValue} gives for an empty cell: the fact is not given (its default applies). */
export const ABSENT: unique symbol = Symbol('absent');

/**
 * Converts one CSV cell to the value of the fact it holds, by the fact's declared type. Only the
 * spelling is checked here (is it a number, a yes/no); ranges, steps and options are the core's.
 */
export function cellToFact(cell: string, fact: FactDeclaration): CellValue {
  const value = cellValue(cell, fact);
  if (value === ABSENT) return { ok: true, absent: true };
  if (value instanceof CellFailure) return { ok: false, code: value.code, message: value.message };
  return { ok: true, absent: false, value };
}

/**
 * {@link cellToFact} without a wrapper object: the value, {@link ABSENT} or a {@link CellFailure}.
 * For reading hundreds of thousands of rows.
 */
export function cellValue(cell: string, fact: FactDeclaration): unknown {
  const text = cell.trim();
  if (fact.type === 'enumList') {
    if (text === '') return [];
    const items = text.split(LIST_SEPARATOR).map((item) => item.trim());
    if (items.some((item) => item === '')) return new CellFailure('csv.list', say('csvBadList', text));
    return items;
  }
  if (text === '') return ABSENT;
  switch (fact.type) {
    case 'number':
    case 'integer': {
      // 1e400 spells a number but is not a finite one.
      const n = Number(text);
      if (!isDecimalText(text) || !Number.isFinite(n)) return new CellFailure('csv.number', say('csvBadNumber', text));
      return n;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      return new CellFailure('csv.boolean', say('csvBadBoolean', text));
    }
    case 'enum':
    case 'string':
      return text;
  }
}
