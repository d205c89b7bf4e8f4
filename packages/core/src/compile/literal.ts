/**
 * The only way a value from a rubric enters generated source: as a JSON string literal or a
 * number literal. Nothing else a rubric holds (labels, quotes, paths) is ever written out, so a
 * rubric cannot put code into a compiled scorer.
 */

/** A string as a JavaScript string literal (JSON's escaping is valid JavaScript). */
export function str(s: string): string {
  if (typeof s !== 'string') throw new TypeError('expected a string');
  return JSON.stringify(s);
}

/** A number as a literal that reads back as the same number (negatives in parentheses). */
export function num(n: number): string {
  if (typeof n !== 'number' || Number.isNaN(n)) throw new TypeError('expected a number');
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '(-Infinity)';
  if (Object.is(n, -0)) return '(-0)';
  return n < 0 ? `(${String(n)})` : String(n);
}

/** An index into a plan's arrays: a non-negative integer. */
export function idx(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new TypeError('expected an index');
  return String(n);
}

/**
 * Text for a `//` comment: only letters, digits and `._@+-` (ids and versions are such), since a
 * line terminator (U+2028 among them, which JSON does not escape) would end the comment.
 */
export function commentText(s: string): string {
  if (typeof s !== 'string' || !/^[A-Za-z0-9._@+-]*$/.test(s)) throw new TypeError('unexpected characters for a comment');
  return s;
}
