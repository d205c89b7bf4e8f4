import { isUtf8 } from 'node:buffer';

/**
 * UTF-8 bytes arriving in pieces turned into text, checked as they come (a byte-order mark at the
 * start is dropped, as `TextDecoder` drops it). Node's `isUtf8` and `Buffer#toString` do this
 * several times faster than a streaming `TextDecoder`, which matters on files of tens of
 * megabytes. A character cut by the end of a piece waits for the next one. `next` and `end`
 * return undefined when the bytes are not UTF-8.
 */
export class Utf8Pieces {
  private carry: Buffer | undefined;
  private first = true;

  next(bytes: Uint8Array): string | undefined {
    const all = this.carry ? Buffer.concat([this.carry, bytes]) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const whole = wholeCharacters(all);
    this.carry = whole < all.length ? Buffer.from(all.subarray(whole)) : undefined;
    const part = all.subarray(0, whole);
    if (!isUtf8(part)) return undefined;
    let text = part.toString('utf8');
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  /** Nothing may be left over: a cut character at the end of the file is not UTF-8. */
  end(): '' | undefined {
    return this.carry === undefined ? '' : undefined;
  }
}

/**
 * How many bytes of `bytes` end on a character boundary: a last character whose lead byte says it
 * needs more bytes than there are is left out. Bytes that are not UTF-8 at all are left for
 * `isUtf8` to refuse.
 */
function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  // Continuation bytes (10xxxxxx) back to the lead byte, at most three of them.
  while (i >= 0 && n - 1 - i < 3 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = bytes[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - i >= need ? n : i;
}
