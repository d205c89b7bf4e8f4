import { decimalPlaces, fromUnits, pow10, toUnitsExact } from '../decimal/decimal-string.js';
import { divRound } from '../decimal/rounding.js';

/** p% of n as an exact fraction num/den (p is a decimal such as 10 or 12.5). */
export function percentOf(p: number, n: number): { num: number; den: number } {
  const places = decimalPlaces(p);
  return { num: (toUnitsExact(p, places) as number) * n, den: 100 * pow10(places) };
}

/** ⌊p·n/100⌋, ⌈p·n/100⌉ or rounded half-up, exactly. */
export function countOf(p: number, n: number, mode: 'floor' | 'ceil' | 'round'): number {
  const { num, den } = percentOf(p, n);
  return divRound(num, den, mode === 'floor' ? 'down' : mode === 'ceil' ? 'up' : 'half-up');
}

/** count/n as a percentage rounded half-up to 0.01, as an exact decimal (1/3 → 33.33). */
export function shareOf(count: number, n: number): number {
  if (n === 0) return 0;
  return fromUnits(divRound(count * 10000, n, 'half-up'), 2);
}

/** |count/n − p%| ≤ tolerance percentage points, compared exactly. */
export function withinTolerance(count: number, n: number, p: number, tolerance: number): boolean {
  if (n === 0) return true;
  const places = Math.max(decimalPlaces(p), decimalPlaces(tolerance));
  const f = pow10(places);
  const P = toUnitsExact(p, places) as number;
  const T = toUnitsExact(tolerance, places) as number;
  return Math.abs(count * 100 * f - P * n) <= T * n;
}
