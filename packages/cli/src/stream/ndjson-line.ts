import { parseJson } from '@rubricate/core';
import type { ReportedError } from '../subjects/types.js';
import { STREAM_TEXT } from './messages.js';

/** Longest NDJSON line accepted (a subject is a few hundred bytes). */
export const MAX_LINE_CHARS = 1 << 20;

/** Keys the core's parser refuses anywhere: a text holding one takes the careful way. */
const RESERVED: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The keys written in a text without backslashes, or -1 when one is `__proto__`, `constructor`
 * or `prototype`. Without backslashes every `"` delimits a string, so a quote followed by a colon
 * (white space allowed between) ends a key: each key written is counted once (a string that
 * merely starts with a colon is counted too, which only sends the text the careful way). When
 * the count equals the keys of the parsed value, no key was repeated. One pass over the
 * characters: it runs on every line of a file.
 */
function keysWritten(text: string): number {
  let n = 0;
  /** The quote before this one: for a key, its opening quote. */
  let previous = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    const quote = i;
    let c = text.charCodeAt(i + 1);
    let j = i + 1;
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++j);
    if (c === 0x3a) {
      const size = quote - previous - 1;
      if ((size === 9 || size === 11) && previous >= 0 && RESERVED.has(text.slice(previous + 1, quote))) return -1;
      n++;
      i = j;
    }
    previous = quote;
  }
  return n;
}

/** Keys of every object in a parsed value; -1 past the nesting limit. */
function keyCount(v: unknown, depth: number): number {
  // A number too large for a double (1e400) is refused by the core's parser: take the careful way.
  if (typeof v === 'number') return Number.isFinite(v) ? 0 : -1;
  if (v === null || typeof v !== 'object') return 0;
  if (depth > 64) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (const item of v) {
      const k = keyCount(item, depth + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in v as Record<string, unknown>) {
    const k = keyCount((v as Record<string, unknown>)[key], depth + 1);
    if (k < 0) return -1;
    n += k + 1;
  }
  return n;
}

/**
 * One NDJSON line as a subject value, or the line's error. The fast way (JSON.parse) is kept only
 * when the line has no backslash, no reserved key and as many keys written (see `keysWritten`) as the
 * parsed value holds: then no key was repeated (JSON.parse would silently keep the last). Any other line goes through the core's
 * bounded, prototype-safe parser, which refuses repeated keys and names the line and column of a
 * syntax error.
 *
 * @param line the line's text without its newline; `index` 0-based among subjects, `lineNo` 1-based.
 */
export function parseSubjectLine(line: string, index: number, lineNo: number): { ok: true; value: unknown } | { ok: false; error: ReportedError } {
  if (line.length <= MAX_LINE_CHARS && line.indexOf('\\') < 0) {
    try {
      const value: unknown = JSON.parse(line);
      const keys = keysWritten(line);
      if (keys >= 0 && keys === keyCount(value, 0)) return { ok: true, value };
    } catch {
      // Decided below, with a precise message.
    }
  }
  const parsed = parseJson(line, { maxBytes: MAX_LINE_CHARS * 3 });
  if (parsed.ok) return { ok: true, value: parsed.value };
  const where = parsed.issue.column !== undefined ? `${parsed.issue.column}: ` : '';
  const m = STREAM_TEXT.ndjsonSyntax(lineNo, '');
  return {
    ok: false,
    error: {
      id: null,
      index,
      row: lineNo,
      path: '',
      code: 'ndjson.syntax',
      message: { zh: `${m.zh}${where}${parsed.issue.message.zh}`, en: `${m.en}${where}${parsed.issue.message.en}` },
    },
  };
}

/**
 * A JSON value by the fast way when it is safe (see {@link parseSubjectLine}), or undefined when
 * only the core's parser can tell. `depth` is how deep the value sits in its document.
 */
export function fastJson(text: string, depth = 0): { value: unknown } | undefined {
  if (text.length > MAX_LINE_CHARS || text.indexOf('\\') >= 0) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const keys = keysWritten(text);
    return keys >= 0 && keys === keyCount(value, depth) ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The values of several JSON texts at once — `run` is their comma-separated list, the inside of an
 * array, `count` of them — by one `JSON.parse`, kept when the keys of the values are as many as
 * `keys`, the keys written (counted while splitting the array, see `json-array.ts`): then no key
 * was repeated. The caller has checked that the texts hold no backslash and no string spelled as a
 * reserved key, and each text's length. Undefined when the run does not parse as `count` values
 * or a key was repeated: then each text is judged alone.
 * @param depth how deep each value sits in its document.
 */
export function parseRun(run: string, count: number, depth: number, keys: number): unknown[] | undefined {
  let values: unknown;
  try {
    values = JSON.parse(`[${run}]`);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length !== count || keys < 0) return undefined;
  return keyCount(values, depth - 1) === keys ? values : undefined;
}
