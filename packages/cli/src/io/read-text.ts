import type { Bilingual } from '../i18n/text.js';
import { say } from '../i18n/messages.js';
import { CliFailure } from './failure.js';
import { ExitCode, type Io } from './types.js';

/** How to decode a text file. `auto`: UTF-8, else GB18030 (a superset of GBK) with a notice. */
export type Encoding = 'auto' | 'utf8' | 'gbk';
export const ENCODINGS: readonly Encoding[] = ['auto', 'utf8', 'gbk'];

export interface TextFile {
  text: string;
  /** Set when the file was not UTF-8 and was read as GBK/GB18030. */
  notice?: Bilingual;
}

/** Files larger than this are refused before decoding: rubrics and cohorts are far smaller. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file as bytes, turning file-system errors into a usage failure (exit 2) naming the file. */
export async function readBytes(io: Io, path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliFailure(ExitCode.usage, [say('fileNotFound', path)]);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliFailure(ExitCode.usage, [say('fileUnreadable', path, reason)]);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CliFailure(ExitCode.usage, [say('fileUnreadable', path, `> ${MAX_FILE_BYTES} bytes`)]);
  }
  return bytes;
}

/**
 * Decodes a text file. A UTF-8 byte-order mark (Excel writes one) is dropped. With `auto`, bytes
 * that are not valid UTF-8 are read as GB18030 — what Excel on a Chinese Windows saves as "CSV" —
 * and the caller gets a notice to print; `utf8` refuses such a file, `gbk` always decodes as GB18030.
 */
export function decodeText(bytes: Uint8Array, path: string, encoding: Encoding): TextFile {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (encoding === 'gbk' && !hasBom) return { text: new TextDecoder('gb18030').decode(body) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    if (encoding === 'utf8' || hasBom) throw new CliFailure(ExitCode.usage, [say('fileNotUtf8', path)]);
    return { text: new TextDecoder('gb18030').decode(body), notice: say('fileDecodedAsGbk', path) };
  }
}

/** Reads and decodes a text file (see {@link decodeText}). */
export async function readText(io: Io, path: string, encoding: Encoding = 'utf8'): Promise<TextFile> {
  return decodeText(await readBytes(io, path), path, encoding);
}
