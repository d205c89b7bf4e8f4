import { parseJson } from '@rubricate/core';
import type { ReportedError } from '../subjects/types.js';
import { STREAM_TEXT } from './messages.js';

/** Longest NDJSON line accepted (a subject is a few hundred bytes). */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * One NDJSON line as a subject value, or the line's error. The fast way (JSON.parse) is kept only
 * when the line is exactly the canonical JSON of what it parsed to: then no key was repeated and
 * nothing was dropped. Any other line goes through the core's bounded, prototype-safe parser,
 * which refuses repeated keys and names the line and column of a syntax error.
 *
 * @param line the line's text without its newline; `index` 0-based among subjects, `lineNo` 1-based.
 */
export function parseSubjectLine(line: string, index: number, lineNo: number): { ok: true; value: unknown } | { ok: false; error: ReportedError } {
  if (line.length <= MAX_LINE_CHARS) {
    try {
      const value: unknown = JSON.parse(line);
      if (JSON.stringify(value) === line) return { ok: true, value };
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
