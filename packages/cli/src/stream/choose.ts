import { say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import type { Encoding } from '../io/read-text.js';
import { ExitCode } from '../io/types.js';
import { diskSize } from './source.js';

/** Files larger than this are streamed under `--stream auto` (streaming is faster and leaner from a few thousand subjects on; smaller files, and files given to `Io` in memory, are read whole). */
export const STREAM_AUTO_BYTES = 1024 * 1024;

/**
 * Streaming applies to NDJSON/JSONL and CSV/TSV files, for csv and ndjson output, read as UTF-8
 * (GBK files are read whole). `always` streams whenever it applies; `auto` when the file is on
 * disk and larger than {@link STREAM_AUTO_BYTES}; `never` reads the file whole. JSON arrays are
 * always read whole.
 */
export async function streamable(o: { subjects: string; format: string; encoding: Encoding; mode: 'auto' | 'always' | 'never' }): Promise<boolean> {
  if (o.mode === 'never') return false;
  if (o.format !== 'csv' && o.format !== 'ndjson') return false;
  if (!/\.(ndjson|jsonl|json|csv|tsv)$/i.test(o.subjects)) return false;
  if (o.encoding === 'gbk') return false;
  if (o.mode === 'always') return true;
  return ((await diskSize(o.subjects)) ?? 0) > STREAM_AUTO_BYTES;
}

/** `--workers N`: a whole number from 1 to 64. */
export function workersArg(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliFailure(ExitCode.usage, [say('invalidChoice', '--workers', String(value), ['1', '2', '…', '64'])]);
  return n;
}
