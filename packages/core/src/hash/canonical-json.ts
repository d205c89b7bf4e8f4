import { compareCodePoints } from './compare.js';

const MAX_DEPTH = 200;

/**
 * JSON with object keys sorted (by Unicode code point) and no whitespace, so equal values give equal
 * text whatever the key order. Like JSON.stringify, `undefined` members are left out and
 * `undefined` in a list becomes null; non-finite numbers are refused.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(v: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new RangeError('canonicalJson: nested too deeply');
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) throw new RangeError('canonicalJson: not a finite number');
      return JSON.stringify(v);
    case 'object': {
      if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : write(x, depth + 1))).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort(compareCodePoints);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(o[k], depth + 1)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof v}`);
  }
}
