import type { JsonPath } from './paths';

/** The JSON text the editor shows for a document: two-space indentation, trailing newline. */
export function formatJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A JSON syntax problem with a 1-based position. */
export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
  offset: number;
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; error: SyntaxProblem };

const MAX_TEXT = 5_000_000;
const MAX_DEPTH = 64;

function depthOf(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const child of Object.values(value as Record<string, unknown>)) {
    max = Math.max(max, depthOf(child, depth + 1));
    if (max > MAX_DEPTH) return max;
  }
  return max;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parse the JSON view's text. Bounded in size and depth; `JSON.parse` defines `__proto__` as an own
 * key (it never sets a prototype), and the rubric checks refuse such keys.
 */
export function parseText(text: string): ParseOutcome {
  if (text.length > MAX_TEXT) {
    return { ok: false, error: { message: `text longer than ${MAX_TEXT} characters`, line: 1, column: 1, offset: 0 } };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (depthOf(value) > MAX_DEPTH) {
      return { ok: false, error: { message: `nested deeper than ${MAX_DEPTH} levels`, line: 1, column: 1, offset: 0 } };
    }
    return { ok: true, value };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(message);
    const offset = m ? Number(m[1]) : text.length;
    const { line, column } = positionOf(text, offset);
    return { ok: false, error: { message, line, column, offset } };
  }
}

/** Re-exported for callers that only need the type. */
export type { JsonPath };
