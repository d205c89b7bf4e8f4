import { jsString, propertyKey } from './js-literal.js';

/** Rubric files are bounded by the schema; this bound keeps the generator safe on its own. */
const MAX_DEPTH = 64;

/**
 * The exact TypeScript type of a JSON value: literal strings, numbers and booleans, tuples for
 * arrays, object types with every key. Mutable (not `readonly`) so the value stays assignable to
 * `Rubric` from @rubricate/core.
 */
export function literalType(value: unknown, indent = '', depth = 0): string {
  if (depth > MAX_DEPTH) throw new RangeError('rubric nested too deeply / 评分标准嵌套层级过深');
  if (value === null) return 'null';
  if (typeof value === 'string') return jsString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('not a finite number / 不是有限数值');
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${literalType(item, inner, depth + 1)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${literalType(v, inner, depth + 1)};`).join('\n')}\n${indent}}`;
  }
  throw new TypeError(`not a JSON value: ${typeof value}`);
}
