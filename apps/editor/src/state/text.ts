import { parseJson } from '@rubricate/core';
import type { JsonPath } from './paths';

/** The JSON text the editor shows for a document: two-space indentation, trailing newline. */
export function formatJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A JSON syntax problem with a 1-based position and a Chinese and English explanation. */
export interface SyntaxProblem {
  message: { zh: string; en: string };
  line: number;
  column: number;
  /** 0-based offset of line and column in the text. */
  offset: number;
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; error: SyntaxProblem };

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

/**
 * Parse the JSON view's text with the core's bounded, prototype-safe parser (size and depth
 * limits, `__proto__`/`constructor`/`prototype` keys and repeated keys refused), which reports the
 * first problem with its line and column in both languages.
 */
export function parseText(text: string): ParseOutcome {
  const r = parseJson(text);
  if (r.ok) return { ok: true, value: r.value };
  const line = r.issue.line ?? 1;
  const column = r.issue.column ?? 1;
  return { ok: false, error: { message: r.issue.message, line, column, offset: offsetOf(text, line, column) } };
}

/** Re-exported for callers that only need the type. */
export type { JsonPath };
