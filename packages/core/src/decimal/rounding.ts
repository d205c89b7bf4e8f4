/** How a computed quotient becomes a whole number of units. */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/**
 * `num / den` rounded to an integer with `mode`, exactly (integer inputs, `den > 0`).
 * "half-up" rounds halves away from zero, "down" towards zero, "up" away from zero, as in
 * accounting practice (四舍五入 is half-up).
 */
export function divRound(num: number, den: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    return Number(divRoundBig(BigInt(Math.trunc(num)), BigInt(Math.trunc(den)), mode));
  }
  const neg = num < 0;
  const a = neg ? -num : num;
  const q = Math.floor(a / den);
  const r = a - q * den;
  let out = q;
  if (r !== 0) {
    if (mode === 'up') out = q + 1;
    else if (mode === 'half-up') out = 2 * r >= den ? q + 1 : q;
    else if (mode === 'half-even') out = 2 * r > den || (2 * r === den && q % 2 === 1) ? q + 1 : q;
  }
  return neg ? -out : out;
}

/** The same as {@link divRound} for integers beyond 2^53. */
export function divRoundBig(num: bigint, den: bigint, mode: RoundingMode): bigint {
  if (den <= 0n) throw new RangeError('divRound: the divisor must be positive');
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = a / den;
  const r = a - q * den;
  let out = q;
  if (r !== 0n) {
    if (mode === 'up') out = q + 1n;
    else if (mode === 'half-up') out = 2n * r >= den ? q + 1n : q;
    else if (mode === 'half-even') out = 2n * r > den || (2n * r === den && q % 2n === 1n) ? q + 1n : q;
  }
  return neg ? -out : out;
}

/** `a · b / den` rounded with `mode`, exactly, switching to BigInt when the product is not safe. */
export function mulDivRound(a: number, b: number, den: number, mode: RoundingMode): number {
  const p = a * b;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(den) && den > 0) return divRound(p, den, mode);
  const d = BigInt(den);
  const neg = d < 0n;
  const r = divRoundBig(neg ? -(BigInt(a) * BigInt(b)) : BigInt(a) * BigInt(b), neg ? -d : d, mode);
  return Number(r);
}
