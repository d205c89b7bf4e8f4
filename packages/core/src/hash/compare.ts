/**
 * Orders strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which puts
 * characters above U+FFFF before U+E000–U+FFFF; code-point order does not.
 */
export function compareCodePoints(a: string, b: string): number {
  return a === b ? 0 : compareDistinct(a, b);
}

const HIGH = /[\ud800-\uffff]/;

/**
 * A comparator in code-point order for the given strings: JavaScript's own `<` when none of them
 * has a code unit at or above U+D800 (then the two orders agree), `compareCodePoints` otherwise.
 * Sorting a million ids this way takes a fraction of the time.
 */
export function codePointOrder(strings: readonly string[]): (a: string, b: string) => number {
  for (const s of strings) if (HIGH.test(s)) return compareCodePoints;
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

function compareDistinct(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Only when a surrogate meets a code unit at or above U+E000 do the two orders differ.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
