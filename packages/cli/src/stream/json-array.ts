import type { Io } from '../io/types.js';
import { MAX_LINE_CHARS } from './ndjson-line.js';
import { ReadWhole, textChunks } from './source.js';

/**
 * Elements of a top-level JSON array, several at a time: element `k` of the batch is
 * `text.slice(starts[k], ends[k])`, untrimmed, and its index in the array is `first + k`. Between
 * two elements of a batch there is only their comma and white space, so the batch's span is itself
 * the inside of a JSON array.
 */
export interface JsonBatch {
  text: string;
  starts: readonly number[];
  ends: readonly number[];
  first: number;
  /** Keys written in each element (strings followed by a colon), for the repeated-key check. */
  keys: readonly number[];
  /**
   * Whether each element holds a backslash or a string spelled `__proto__`, `constructor` or
   * `prototype`: such an element is for the careful parser only.
   */
  careful: readonly boolean[];
}

/** Elements handed over at once: enough to make parsing a batch pay, few enough to fall back cheaply. */
const BATCH = 256;

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Calls `batch` with the elements of a top-level JSON array as it is read, without parsing the
 * document: one pass over the characters tracks strings (and their escapes) and nesting, counts
 * the keys written and notes what only the careful parser may read. Anything but a plain array of
 * values — another top-level value, text after the closing bracket, an element too long for the
 * careful parser — is {@link ReadWhole}: the whole-file reader then decides, with its exact
 * messages. An empty element (`[1,,2]`) is the caller's to find (it is not JSON).
 */
export function eachJsonBatch(io: Io, path: string, batch: (b: JsonBatch) => void): Promise<void> {
  return splitJsonArray(textChunks(io, path), batch);
}

/** {@link eachJsonBatch} over any text cut into pieces anywhere. */
export async function splitJsonArray(chunks: AsyncIterable<string> | Iterable<string>, batch: (b: JsonBatch) => void): Promise<void> {
  const s = new Splitter(batch);
  for await (const chunk of chunks) s.push(chunk);
  s.end();
}

/** Where the scan is: before the opening bracket, inside the array, after its closing bracket. */
const At = { Before: 0, Inside: 1, After: 2 } as const;

/** The scanning state between pieces of text. Positions are in `rest + chunk`. */
class Splitter {
  private at: number = At.Before;
  private depth = 0;
  private inString = false;
  /** A string just closed: is the next character a colon (then it was a key)? */
  private afterString = false;
  /** Where the string being read opened. */
  private opened = 0;
  private keys = 0;
  private careful = false;
  /** The unfinished element carried to the next piece, and where scanning resumes in it. */
  private rest = '';
  private resume = 0;
  private index = 0;
  private starts: number[] = [];
  private ends: number[] = [];
  private keyCounts: number[] = [];
  private carefuls: boolean[] = [];

  constructor(private readonly batch: (b: JsonBatch) => void) {}

  push(chunk: string): void {
    if (this.at === At.After) {
      if (!blank(chunk, 0)) throw new ReadWhole('text after the array');
      return;
    }
    // Scanned in the piece as it came (a flat string: reading a concatenation character by
    // character is slower); positions are in `text`, the unfinished element and the piece.
    const offset = this.rest.length;
    const text = offset === 0 ? chunk : this.rest + chunk;
    const n = chunk.length;
    let j = this.resume - offset;
    // The element being read starts the text (what came before it was handed over).
    let start = 0;
    if (this.at === At.Before) {
      while (j < n && isSpace(chunk.charCodeAt(j))) j++;
      if (j === n) {
        this.rest = '';
        this.resume = 0;
        return;
      }
      if (chunk.charCodeAt(j) !== 0x5b) throw new ReadWhole('not an array');
      this.at = At.Inside;
      start = ++j + offset;
    }
    let { depth, inString, afterString, opened, keys, careful } = this;
    // Without a backslash in the piece, a string ends at the next quote: jump to it.
    const plain = chunk.indexOf('\\') < 0;
    while (j < n) {
      if (inString && plain) {
        const q = chunk.indexOf('"', j);
        j = q < 0 ? n : q;
        if (q < 0) break;
      }
      const c = chunk.charCodeAt(j);
      if (inString) {
        if (c === 0x22) {
          inString = false;
          afterString = true;
          // Only a string of the right length and last letter can be reserved: few are sliced.
          const length = j + offset - opened - 1;
          const last = j > 0 ? chunk.charCodeAt(j - 1) : text.charCodeAt(offset - 1);
          if (((length === 9 && (last === 0x5f || last === 0x65)) || (length === 11 && last === 0x72)) && RESERVED.has(text.slice(opened + 1, j + offset))) careful = true;
        } else if (c === 0x5c) {
          // The escaped character is skipped, even when it is in the next piece.
          careful = true;
          j++;
        }
        j++;
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        j++;
        continue;
      }
      if (afterString) {
        afterString = false;
        if (c === 0x3a) {
          keys++;
          j++;
          continue;
        }
      }
      if (c === 0x22) {
        inString = true;
        opened = j + offset;
      } else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth > 0) depth--;
        else if (c === 0x7d) throw new ReadWhole('not an array'); // a `}` closing nothing
        else {
          // The closing bracket of the array; `[]` and `[ ]` have no element.
          if (this.index + this.starts.length > 0 || !blank(text.slice(start, j + offset), 0)) this.element(start, j + offset, keys, careful);
          this.at = At.After;
          j++;
          break;
        }
      } else if (c === 0x2c && depth === 0) {
        this.element(start, j + offset, keys, careful);
        keys = 0;
        careful = false;
        start = j + offset + 1;
      }
      j++;
    }
    const i = j + offset;
    this.depth = depth;
    this.inString = inString;
    this.afterString = afterString;
    this.keys = keys;
    this.careful = careful;
    this.flush(text);
    if (this.at === At.After) {
      if (!blank(text, i)) throw new ReadWhole('text after the array');
      this.rest = '';
      return;
    }
    // One element longer than the careful parser takes would be refused anyway.
    if (text.length - start > MAX_LINE_CHARS * 3) throw new ReadWhole('element too long');
    this.rest = text.slice(start);
    this.resume = i - start;
    this.opened = opened - start;
  }

  end(): void {
    if (this.at !== At.After) throw new ReadWhole('unterminated array');
  }

  private element(start: number, end: number, keys: number, careful: boolean): void {
    this.starts.push(start);
    this.ends.push(end);
    this.keyCounts.push(keys);
    this.carefuls.push(careful);
  }

  private flush(text: string): void {
    const total = this.starts.length;
    for (let k = 0; k < total; k += BATCH) {
      const e = Math.min(total, k + BATCH);
      this.batch({
        text,
        starts: this.starts.slice(k, e),
        ends: this.ends.slice(k, e),
        first: this.index,
        keys: this.keyCounts.slice(k, e),
        careful: this.carefuls.slice(k, e),
      });
      this.index += e - k;
    }
    this.starts = [];
    this.ends = [];
    this.keyCounts = [];
    this.carefuls = [];
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Whether `text` from `from` on is JSON white space only. */
function blank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
