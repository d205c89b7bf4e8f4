/**
 * Exact decimal arithmetic on the numbers written in a rubric, for checks such as "is 2.5 a multiple
 * of 0.5" or "do the weights 0.3 + 0.3 + 0.4 sum to exactly 1". A number is read as the shortest
 * decimal that names it (what the author wrote), so 0.1 is one tenth, never 0.1000000000000000055….
 */
export interface Decimal {
  /** value = int × 10^exp */
  int: bigint;
  exp: number;
}

export function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`cannot read ${n} as a decimal`);
  const [, sign, whole, frac = '', e = '0'] = m;
  const int = BigInt(`${sign}${whole}${frac}`);
  return { int, exp: Number(e) - frac.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.int * 10n ** BigInt(a.exp - exp), b.int * 10n ** BigInt(b.exp - exp), exp];
}

/** True when `n` is a whole multiple of `unit` (unit > 0), exactly. */
export function isMultipleOf(n: number, unit: number): boolean {
  const [a, u] = align(toDecimal(n), toDecimal(unit));
  return u !== 0n && a % u === 0n;
}

/** The exact sum of decimal numbers. */
export function sumExact(values: readonly number[]): Decimal {
  let acc: Decimal = { int: 0n, exp: 0 };
  for (const v of values) {
    const [a, b, exp] = align(acc, toDecimal(v));
    acc = { int: a + b, exp };
  }
  return acc;
}

/** Compares two exact decimals: negative, zero or positive. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Writes an exact decimal in plain notation, e.g. 1.05 or -20. */
export function formatDecimal(d: Decimal): string {
  if (d.exp >= 0) return (d.int * 10n ** BigInt(d.exp)).toString();
  const negative = d.int < 0n;
  const digits = (negative ? -d.int : d.int).toString().padStart(-d.exp + 1, '0');
  const whole = digits.slice(0, digits.length + d.exp);
  const frac = digits.slice(digits.length + d.exp).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}
