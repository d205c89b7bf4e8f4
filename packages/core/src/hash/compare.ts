/**
 * Orders strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which puts
 * characters above U+FFFF before U+E000–U+FFFF; code-point order does not.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
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
