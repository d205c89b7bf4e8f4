/** Bounds on an untrusted JSON document. */
export interface JsonLimits {
  /** Largest accepted size in UTF-8 bytes. Default: 20 MB. */
  maxBytes?: number;
  /** Deepest accepted nesting of objects and arrays. Default: 64. */
  maxDepth?: number;
}

/** Default `maxBytes`: 20 MB, far above any real rubric or cohort file. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Default `maxDepth`: a rubric nests about a dozen levels; conditions add a few more. */
export const DEFAULT_MAX_DEPTH = 64;

/** Keys that could reach Object.prototype if a parsed object were merged or spread carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * UTF-8 size of a string, stopping as soon as it passes `limit` (a 20 MB document is not encoded
 * just to be measured).
 */
export function utf8LengthUpTo(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}
