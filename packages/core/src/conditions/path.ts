import { PATH_PATTERN } from '../schema/condition.js';

/** One step of a plain path: a property name or a list index. */
export type PathSegment = string | number;

/**
 * Parses `$`, `.name` and `[index]` segments. Anything else (filters, scripts, wildcards, `..`) is
 * refused: json-rules-engine's default resolver would hand those to jsonpath-plus, which can run
 * script expressions.
 */
export function parsePath(path: string): PathSegment[] {
  if (!PATH_PATTERN.test(path)) throw new SyntaxError(`not a plain path: ${path}`);
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  for (const m of path.slice(1).matchAll(re)) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  return out;
}

/**
 * Walks the segments: `.name` reads an own property of a non-list object, `[i]` an element of a
 * list. Anything missing gives `undefined`; inherited properties are never read.
 */
export function walkPath(value: unknown, segments: readonly PathSegment[]): unknown {
  let cur: unknown = value;
  for (const seg of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      if (typeof seg !== 'number' || seg >= cur.length) return undefined;
      cur = cur[seg];
    } else {
      const key = String(seg);
      if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
      cur = (cur as Record<string, unknown>)[key];
    }
  }
  return cur;
}

/**
 * The path resolver handed to json-rules-engine (its `pathResolver` option) and used by the compiled
 * conditions, so both read paths the same way.
 */
export function plainPathResolver(value: object, path: string): unknown {
  return walkPath(value, parsePath(path));
}

/**
 * What json-rules-engine's almanac does with a path: only objects are resolved; any other value
 * (a number, a string, null) is returned as it is.
 */
export function applyPath(value: unknown, segments: readonly PathSegment[] | undefined): unknown {
  if (segments === undefined) return value;
  return value !== null && typeof value === 'object' ? walkPath(value, segments) : value;
}
