import { parseJson } from '@rubricate/core';
import type { ReportedError } from '../subjects/types.js';
import { STREAM_TEXT } from './messages.js';

/** Keys the core's parser refuses anywhere; such a line takes the careful way, as in a JSON file. */
const RESERVED = /"(?:__proto__|constructor|prototype)"/;

/** Longest NDJSON line accepted (a subject is a few hundred bytes). */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * `":` in a line without backslashes: every `"` there delimits a string, so `":` ends a key (a
 * key followed by spaces before its colon is not counted, and the line takes the careful way).
 */
function keyMarks(line: string): number {
  let n = 0;
  for (let i = line.indexOf('":'); i >= 0; i = line.indexOf('":', i + 2)) n++;
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
 * when the line has no backslash and as many keys as the parsed value holds: then no key was
 * repeated (JSON.parse would silently keep the last). Any other line goes through the core's
 * bounded, prototype-safe parser, which refuses repeated keys and names the line and column of a
 * syntax error.
 *
 * @param line the line's text without its newline; `index` 0-based among subjects, `lineNo` 1-based.
 */
export function parseSubjectLine(line: string, index: number, lineNo: number): { ok: true; value: unknown } | { ok: false; error: ReportedError } {
  if (line.length <= MAX_LINE_CHARS && line.indexOf('\\') < 0 && !RESERVED.test(line)) {
    try {
      const value: unknown = JSON.parse(line);
      if (keyMarks(line) === keyCount(value, 0)) return { ok: true, value };
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
  if (text.length > MAX_LINE_CHARS || text.indexOf('\\') >= 0 || RESERVED.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return keyMarks(text) === keyCount(value, depth) ? { value } : undefined;
  } catch {
    return undefined;
  }
}
