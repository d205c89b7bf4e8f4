import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { readBytes } from '../io/read-text.js';
import type { Io } from '../io/types.js';

/** The size of a regular file on disk, or undefined (not there, or given to `Io` in memory). */
export async function diskSize(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file's text in pieces, decoded as UTF-8 (a byte-order mark dropped). Bytes that are not
 * UTF-8 are {@link ReadWhole}: the whole-file reader handles other encodings.
 * Read from disk in 1 MiB chunks when the file is there; otherwise through `io` at once (tests
 * with files in memory).
 */
export async function* textChunks(io: Io, path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array | undefined, last: boolean): string => {
    try {
      return last ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
    } catch {
      // Not UTF-8 (a GBK file from Excel): the whole-file reader decodes it and says so.
      throw new ReadWhole('not UTF-8');
    }
  };
  if ((await diskSize(path)) !== undefined) {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield decode(chunk as Buffer, false);
  } else {
    yield decode(await readBytes(io, path), false);
  }
  const tail = decode(undefined, true);
  if (tail !== '') yield tail;
}

/** Calls `line` for each line (without its `\n` or `\r\n`), with its 1-based number. */
export async function eachLine(io: Io, path: string, line: (text: string, lineNo: number) => void): Promise<void> {
  let rest = '';
  let lineNo = 0;
  for await (const chunk of textChunks(io, path)) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      line(text.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') line(rest.endsWith('\r') ? rest.slice(0, -1) : rest, ++lineNo);
}

/**
 * Calls `row` for each CSV record (papaparse reading the stream; quoted fields may span chunks and
 * lines), with its 0-based position (0 is the header). A malformed record stops the read with the
 * same failure as reading the whole file.
 */
export function eachCsvRow(io: Io, path: string, row: (cells: string[], position: number) => void, parseFailure: (position: number, message: string) => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    let position = 0;
    let failed = false;
    const input = Readable.from(textChunks(io, path));
    input.on('error', (e) => {
      failed = true;
      reject(e);
    });
    Papa.parse<string[]>(input as unknown as File, {
      header: false,
      delimiter: /\.tsv$/i.test(path) ? '\t' : ',',
      skipEmptyLines: false,
      step(results, parser) {
        if (failed) return;
        try {
          const error = results.errors[0];
          if (error !== undefined) throw parseFailure(position, error.message);
          row(results.data, position++);
        } catch (e) {
          failed = true;
          parser.abort();
          input.destroy();
          reject(e);
        }
      },
      complete() {
        if (!failed) resolve();
      },
      error(e: Error) {
        if (!failed) {
          failed = true;
          reject(e);
        }
      },
    });
  });
}

/** Thrown when a file cannot be read as a stream as it is: the caller reads it whole instead. */
export class ReadWhole extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadWhole';
  }
}

/**
 * Calls `element` with the text of each element of a top-level JSON array, split without parsing
 * the whole document (strings and nesting are tracked). Anything but a plain array of values —
 * another top-level value, an empty element, text after the closing bracket — is {@link ReadWhole}:
 * the whole-file reader then decides, with its exact messages.
 */
export async function eachJsonElement(io: Io, path: string, element: (text: string, index: number) => void): Promise<void> {
  let state = 'before' as 'before' | 'inside' | 'after';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let index = 0;
  const end = (): void => {
    const text = current.trim();
    current = '';
    if (text === '') throw new ReadWhole('empty element');
    element(text, index++);
  };
  for await (const chunk of textChunks(io, path)) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (state === 'before') {
        if (c === 0x5b) {
          state = 'inside';
          start = i + 1;
        } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) throw new ReadWhole('not an array');
        continue;
      }
      if (state === 'after') {
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) throw new ReadWhole('text after the array');
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth > 0) depth--;
        else {
          // The closing bracket of the array.
          current += chunk.slice(start, i);
          if (index > 0 || current.trim() !== '') end();
          state = 'after';
        }
      } else if (c === 0x2c && depth === 0) {
        current += chunk.slice(start, i);
        end();
        start = i + 1;
      }
    }
    if (state === 'inside') current += chunk.slice(start);
  }
  if (state !== 'after') throw new ReadWhole('unterminated array');
}
