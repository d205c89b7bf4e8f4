import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { readBytes } from '../io/read-text.js';
import type { Io } from '../io/types.js';
import { Utf8Pieces } from './utf8-pieces.js';

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
 * Read from disk 1 MiB at a time when the file is there; otherwise through `io` at once (tests
 * with files in memory).
 */
export async function* textChunks(io: Io, path: string): AsyncGenerator<string> {
  const pieces = new Utf8Pieces();
  const decode = (text: string | undefined): string => {
    // Not UTF-8 (a GBK file from Excel): the whole-file reader decodes it and says so.
    if (text === undefined) throw new ReadWhole('not UTF-8');
    return text;
  };
  if ((await diskSize(path)) !== undefined) {
    // One buffer, read into again and again: a file of gigabytes read in fresh 1 MiB buffers
    // leaves hundreds of megabytes of them waiting for a collection (peak memory, not speed).
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        // The text is a copy: the buffer can be read into again.
        const text = decode(pieces.next(buffer.subarray(0, bytesRead)));
        if (text !== '') yield text;
      }
    } finally {
      await handle.close();
    }
  } else {
    const text = decode(pieces.next(await readBytes(io, path)));
    if (text !== '') yield text;
  }
  decode(pieces.end());
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
