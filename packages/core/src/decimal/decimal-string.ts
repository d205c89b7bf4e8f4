/**
 * Exact conversions between JS numbers and integers of a decimal unit (10^-scale).
 *
 * A JS number read from JSON is the double nearest to the decimal the author wrote. Its shortest
 * round-trip string (`String(x)`) gives that decimal back, so conversions go through the string,
 * never through `x * 10 ** k` (which drifts: 0.29 * 100 = 28.999999999999996).
 */

/** Digits and exponent of a finite number: x = sign · digits · 10^-scale, digits without leading zeros. */
export interface DecimalParts {
  negative: boolean;
  digits: string;
  /** Number of decimal places (may be negative for 1e21 and larger). */
  scale: number;
}

export function decimalParts(x: number): DecimalParts {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const s = String(Math.abs(x));
  const negative = x < 0 || Object.is(x, -0);
  const [mantissa = '0', expPart] = s.split('e');
  const exp = expPart === undefined ? 0 : Number(expPart);
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot < 0 ? '' : mantissa.slice(dot + 1);
  let digits = (intPart + fracPart).replace(/^0+/, '');
  let scale = fracPart.length - exp;
  if (digits === '') return { negative: false, digits: '0', scale: 0 };
  // Trailing zeros carry no precision: 1.50 is 15·10^-1.
  while (digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  return { negative: negative && digits !== '0', digits, scale };
}

/** The number of decimal places of x as written (0.5 → 1, 12 → 0, 1e-7 → 7, 1200 → 0). */
export function decimalPlaces(x: number): number {
  return Math.max(0, decimalParts(x).scale);
}

/**
 * x in units of 10^-scale, exactly, or `undefined` when x is not a whole number of those units
 * (0.25 at scale 1) or does not fit in a safe integer.
 */
export function toUnitsExact(x: number, scale: number): number | undefined {
  const p = decimalParts(x);
  if (p.digits === '0') return 0;
  const shift = scale - p.scale;
  if (shift < 0) return undefined;
  const units = Number(p.digits + '0'.repeat(shift));
  if (!Number.isSafeInteger(units)) return undefined;
  return p.negative ? -units : units;
}

/** Powers of ten as exact doubles (exact up to 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

export function pow10(k: number): number {
  const p = POW10[k];
  if (p === undefined) throw new RangeError(`scale out of range: ${k}`);
  return p;
}

/**
 * The JS number for `units · 10^-scale`: the double nearest to that decimal (3 units of 0.1 → 0.3).
 * Division of two exact doubles is correctly rounded, so this is the same double as parsing "0.3".
 */
export function fromUnits(units: number, scale: number): number {
  if (scale === 0) return units === 0 ? 0 : units;
  const r = units / pow10(scale);
  return r === 0 ? 0 : r;
}

/**
 * Fast exact conversion for values checked at run time: the candidate Math.round(x·10^k) is
 * accepted only when it converts back to exactly x, which holds precisely when x is the double of
 * a decimal with at most k places. Agrees with {@link toUnitsExact} (a property test checks it).
 */
export function toUnitsFast(x: number, scale: number, factor: number): number | undefined {
  const u = Math.round(x * factor);
  // Above 2^50 units the product's rounding error can reach half a unit and two neighbouring
  // integers convert back to the same x: the string conversion decides there.
  if (!(u < FAST_UNITS_LIMIT && u > -FAST_UNITS_LIMIT)) return Number.isFinite(x) ? toUnitsExact(x, scale) : undefined;
  return fromUnits(u, scale) === x ? (u === 0 ? 0 : u) : undefined;
}

/** Below this many units, Math.round(x·10^k) is exact for a decimal x of k places (see toUnitsFast). */
export const FAST_UNITS_LIMIT = 2 ** 50;

/**
 * Whether the integer u (|u| < 2^50) is a multiple of the integer d ≥ 1. The quotient is divided
 * in floating point instead of with `%` (a slow library call on doubles): when d divides u the
 * quotient is exact, and when it does not, the true quotient is at least 1/d from an integer while
 * the rounding error is at most |u/d|·2^-53 < 1/(8d), so the result is never a whole number.
 */
export function isMultiple(u: number, d: number): boolean {
  return Number.isInteger(u / d);
}
