import type { LocalisedText } from '../schema/common.js';
import type { Message } from '../result/types.js';
import { fromUnits } from '../decimal/decimal-string.js';

/** A number as people write it: no exponent, no float noise (units are exact decimals). */
export function fmtUnits(units: number, scale: number): string {
  // Traces format the same few amounts over and over: keep the texts of small ones.
  if (units >= -CACHED && units <= CACHED && Number.isInteger(units) && scale >= 0 && scale < UNIT_TEXT.length) {
    const table = (UNIT_TEXT[scale] ??= new Array<string | undefined>(2 * CACHED + 1));
    const k = units + CACHED;
    return (table[k] ??= fmtNumber(fromUnits(units, scale)));
  }
  return fmtNumber(fromUnits(units, scale));
}

const CACHED = 4096;
const UNIT_TEXT: (string | undefined)[][] = new Array(10);

export function fmtNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  if (Math.abs(x) >= 1e21 || (Math.abs(x) < 1e-6 && x !== 0)) {
    return x.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  return String(x);
}

/** The English text of a label, falling back to the Chinese when no English is given. */
export function en(t: LocalisedText): string {
  return t.en ?? t.zh;
}

export function msg(zh: string, enText: string): Message {
  return { zh, en: enText };
}

/** A JSON-ish rendering of a fact value for messages. */
export function fmtValue(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'number') return fmtNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}
