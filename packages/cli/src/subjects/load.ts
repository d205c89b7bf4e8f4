import type { Rubric } from '@rubricate/core';
import { readBytes, decodeText, type Encoding } from '../io/read-text.js';
import type { Io } from '../io/types.js';
import { readCsvSubjects } from './csv.js';
import { readJsonSubjects } from './json.js';
import { readNdjsonSubjects } from './ndjson.js';
import type { LoadedSubjects } from './types.js';

/** `.ndjson`/`.jsonl` is JSON Lines (see `isNdjson`); `.json` is JSON; `.csv`/`.tsv` is CSV; any other name is JSON when it starts with `[`, else CSV. */
/** `.ndjson` and `.jsonl` files hold one subject per line. */
export function isNdjson(path: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(path);
}

function isJson(path: string, text: string): boolean {
  if (/\.json$/i.test(path)) return true;
  if (/\.(csv|tsv|txt)$/i.test(path)) return false;
  return text.trimStart().startsWith('[');
}

/** Reads a subjects file, JSON or CSV, decoded as `encoding` (see `decodeText`). */
export async function loadSubjects(io: Io, path: string, rubric: Rubric, encoding: Encoding): Promise<LoadedSubjects> {
  const file = decodeText(await readBytes(io, path), path, encoding);
  const loaded = isNdjson(path)
    ? readNdjsonSubjects(file.text, path)
    : isJson(path, file.text) ? readJsonSubjects(file.text, path) : readCsvSubjects(file.text, rubric, path);
  return file.notice ? { ...loaded, notice: file.notice } : loaded;
}
