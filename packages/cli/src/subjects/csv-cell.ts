import type { FactDeclaration } from '@rubricate/core';
import { say } from '../i18n/messages.js';
import type { Bilingual } from '../i18n/text.js';

/** A cell converted to a fact value; `absent` means the fact is not given (its default applies). */
export type CellValue = { ok: true; absent: true } | { ok: true; absent: false; value: unknown } | { ok: false; code: string; message: Bilingual };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['true', '1', '是']);
const FALSE = new Set(['false', '0', '否']);

/** The list separator in enumList cells (a comma would clash with the CSV delimiter). */
export const LIST_SEPARATOR = '|';

/**
 * Converts one CSV cell to the value of the fact it holds, by the fact's declared type. Only the
 * spelling is checked here (is it a number, a yes/no); ranges, steps and options are the core's.
 */
export function cellToFact(cell: string, fact: FactDeclaration): CellValue {
  const text = cell.trim();
  if (fact.type === 'enumList') {
    if (text === '') return { ok: true, absent: false, value: [] };
    const items = text.split(LIST_SEPARATOR).map((item) => item.trim());
    if (items.some((item) => item === '')) return { ok: false, code: 'csv.list', message: say('csvBadList', text) };
    return { ok: true, absent: false, value: items };
  }
  if (text === '') return { ok: true, absent: true };
  switch (fact.type) {
    case 'number':
    case 'integer':
      // 1e400 spells a number but is not a finite one.
      if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
        return { ok: false, code: 'csv.number', message: say('csvBadNumber', text) };
      }
      return { ok: true, absent: false, value: Number(text) };
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { ok: true, absent: false, value: true };
      if (FALSE.has(lower)) return { ok: true, absent: false, value: false };
      return { ok: false, code: 'csv.boolean', message: say('csvBadBoolean', text) };
    }
    case 'enum':
    case 'string':
      return { ok: true, absent: false, value: text };
  }
}
