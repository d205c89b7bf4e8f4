import { type CohortScorer, createCohortScorer, explainSubject, parseJson, type PreparedRubric, type SubjectError } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import { errorLine } from '../format/errors.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode, type Io } from '../io/types.js';
import { type CsvRowReader, csvRowReader, readHeader } from '../subjects/csv.js';
import { isNdjson } from '../subjects/load.js';
import type { ReportedError } from '../subjects/types.js';
import { fastJson, MAX_LINE_CHARS, parseSubjectLine } from './ndjson-line.js';
import { csvHeader, csvLine, resultLine, summaryLine } from './render.js';
import { openSink } from './sink.js';
import { eachCsvRow, eachJsonElement, eachLine, ReadWhole } from './source.js';
import { WorkerPool } from './workers.js';

export interface StreamScoreArgs {
  subjects: string;
  format: 'csv' | 'ndjson';
  lang: Lang;
  out?: string;
  /** Results held at once in pass two (the output is in id order, the file is not). */
  chunk?: number;
  /** Worker threads for pass one (1: none). */
  workers?: number;
}

/** The CSV column a core error points at: `facts.a1.x` → the header of fact a1's column. */
function columnOf(path: string, columns: Readonly<Record<string, string>>): string | undefined {
  const match = /^(facts\.[A-Za-z][A-Za-z0-9_-]*|id|category)(?![A-Za-z0-9_-])/.exec(path);
  return match ? columns[match[1]!] : undefined;
}

/** A core error placed in the file, as the whole-file path places it. */
function locate(error: SubjectError, columns: Readonly<Record<string, string>> | undefined): ReportedError {
  const located: ReportedError = { id: error.id, index: error.index, path: error.path, code: error.code, message: error.message };
  if (columns !== undefined) {
    located.row = error.index + 2;
    const column = columnOf(error.path, columns);
    if (column !== undefined) located.column = column;
  }
  return located;
}

/** Each subject of the file, in file order: its value and 0-based index, or the errors of reading it. */
async function eachSubject(
  io: Io,
  path: string,
  prepared: PreparedRubric,
  want: (index: number) => boolean,
  subject: (value: unknown, index: number) => void,
  refused: (errors: ReportedError[]) => void,
): Promise<{ columns?: Record<string, string>; count: number }> {
  let count = 0;
  if (/\.json$/i.test(path)) {
    await eachJsonElement(io, path, (text, index) => {
      count = index + 1;
      if (!want(index)) return;
      // An element only the core's parser can judge: if it refuses it, the whole-file path
      // reports the file as it always has (syntax errors with line and column, exit 2).
      const fast = fastJson(text, 1);
      if (fast) return subject(fast.value, index);
      const parsed = parseJson(text, { maxDepth: 63, maxBytes: MAX_LINE_CHARS * 3 });
      if (!parsed.ok) throw new ReadWhole('element');
      subject(parsed.value, index);
    });
    return { count };
  }
  if (isNdjson(path)) {
    await eachLine(io, path, (line, lineNo) => {
      if (line.trim() === '') return;
      const index = count++;
      // Lines outside this pass are skipped unparsed.
      if (!want(index)) return;
      const r = parseSubjectLine(line, index, lineNo);
      if (r.ok) subject(r.value, index);
      else refused([r.error]);
    });
    return { count };
  }
  let reader: CsvRowReader | undefined;
  await eachCsvRow(
    io,
    path,
    (cells, position) => {
      if (position === 0) {
        if (cells.every((cell) => cell.trim() === '')) throw new CliFailure(ExitCode.usage, [say('csvEmpty', path)]);
        reader = csvRowReader(readHeader(cells, null, prepared.rubric, path));
        return;
      }
      const index = position - 1;
      count = position;
      if (!want(index)) return;
      const r = (reader as CsvRowReader).read(cells, index);
      if (r === null) return;
      if (Array.isArray(r)) refused(r);
      else subject(r.value, index);
    },
    (position, message) => new CliFailure(ExitCode.usage, [say('csvParse', position + 1, message)]),
  );
  if (reader === undefined) throw new CliFailure(ExitCode.usage, [say('csvEmpty', path)]);
  return { columns: reader.headers, count };
}

/**
 * Pass one shared out among worker threads (see `workers.ts`); undefined when workers cannot be
 * started from this build (then the caller scores on this thread).
 */
async function passOneInWorkers(
  io: Io,
  prepared: PreparedRubric,
  path: string,
  n: number,
  scorer: CohortScorer,
  readErrors: ReportedError[],
): Promise<{ columns?: Record<string, string>; count: number } | undefined> {
  let pool: WorkerPool | undefined;
  let count = 0;
  let columns: Record<string, string> | undefined;
  try {
    if (isNdjson(path)) {
      pool = WorkerPool.start(n, { rubric: prepared.rubric, path });
      if (!pool) return undefined;
      const p = pool;
      await eachLine(io, path, (line, lineNo) => {
        if (line.trim() !== '') p.line(line, count++, lineNo);
      });
    } else {
      await eachCsvRow(
        io,
        path,
        (cells, position) => {
          if (position === 0) {
            if (cells.every((cell) => cell.trim() === '')) throw new CliFailure(ExitCode.usage, [say('csvEmpty', path)]);
            columns = csvRowReader(readHeader(cells, null, prepared.rubric, path)).headers;
            pool = WorkerPool.start(n, { rubric: prepared.rubric, path, header: cells });
            if (!pool) throw new NoWorkers();
            return;
          }
          count = position;
          (pool as WorkerPool).row(cells, position - 1);
        },
        (position, message) => new CliFailure(ExitCode.usage, [say('csvParse', position + 1, message)]),
      );
      if (columns === undefined) throw new CliFailure(ExitCode.usage, [say('csvEmpty', path)]);
    }
    const parts = await (pool as WorkerPool).finish();
    pool = undefined;
    for (const { part, refused } of parts) {
      scorer.merge(part);
      readErrors.push(...refused);
    }
    return columns === undefined ? { count } : { columns, count };
  } catch (e) {
    if (e instanceof NoWorkers) return undefined;
    throw e;
  } finally {
    await pool?.stop();
  }
}

class NoWorkers extends Error {}

/**
 * `score` over a file read as a stream, in two passes with bounded memory (NDJSON/JSONL or CSV
 * in, `--format csv` or `ndjson` out). Pass one checks and scores each subject keeping a few
 * numbers (`createCohortScorer`), then quotas and ranks are decided; pass two reads the file
 * again and writes each full result. The output is in id order, as the whole-file path writes
 * it, so pass two holds `chunk` results at a time and reads the file once per chunk. The bytes
 * written are the same as `score` without streaming. A JSON array is split into its elements as
 * it is read; one that only the whole-document parser can judge (see `eachJsonElement`) makes the
 * caller read the file whole ('read whole'), before anything is written.
 */
export async function scoreStreaming(io: Io, prepared: PreparedRubric, args: StreamScoreArgs): Promise<ExitCode | 'read whole'> {
  const rubric = prepared.rubric;
  const scorer = createCohortScorer(prepared);
  const readErrors: ReportedError[] = [];
  const workers = /\.json$/i.test(args.subjects) ? 1 : (args.workers ?? 1);
  let first: { columns?: Record<string, string>; count: number };
  try {
    first =
      (workers > 1 ? await passOneInWorkers(io, prepared, args.subjects, workers, scorer, readErrors) : undefined) ??
      (await eachSubject(
        io,
        args.subjects,
        prepared,
        () => true,
        (value, index) => void scorer.add(value, index),
        (errors) => readErrors.push(...errors),
      ));
  } catch (e) {
    // Nothing was written yet: the whole-file path takes over.
    if (e instanceof ReadWhole) return 'read whole';
    throw e;
  }
  const decisions = scorer.finish();
  const errors = [...readErrors, ...decisions.errors.map((e) => locate(e, first.columns))];
  errors.sort((a, b) => a.index - b.index || (a.row ?? 0) - (b.row ?? 0));

  // Output position of each subject, by its index in the file.
  const rankOf = new Int32Array(first.count).fill(-1);
  let k = 0;
  for (const { index } of decisions.order()) rankOf[index] = k++;
  const total = k;

  const csv = args.format === 'csv';
  const chunk = Math.max(1, args.chunk ?? (csv ? 1_000_000 : 20_000));
  const sink = await openSink(io, args.out, csv);
  try {
    if (csv) await sink.write(csvHeader(rubric));
    for (let lo = 0; lo < total; lo += chunk) {
      const hi = Math.min(total, lo + chunk);
      // Rows are held as their text: a string each, not a list of cells.
      const held: (string | undefined)[] = new Array(hi - lo);
      await eachSubject(
        io,
        args.subjects,
        prepared,
        (index) => {
          const r = rankOf[index] as number;
          return r >= lo && r < hi;
        },
        (value, index) => {
          const result = explainSubject(prepared, value, decisions, index);
          if (result === undefined) throw new Error(`internal: subject ${index} changed between the two passes`);
          held[(rankOf[index] as number) - lo] = csv ? csvLine(result, rubric, args.lang) : resultLine(result, rubric, args.lang);
        },
        () => undefined,
      );
      if (held.includes(undefined)) throw new CliFailure(ExitCode.usage, [say('fileUnreadable', args.subjects, 'the file changed while it was read')]);
      // Written in pieces so that no single string grows past what V8 allows.
      for (let k = 0; k < held.length; k += 10_000) await sink.write((held as string[]).slice(k, k + 10_000).join(''));
    }
    if (!csv) {
      const { rubric: ref, distribution, quotas, ranks } = decisions;
      await sink.write(summaryLine({ rubric: ref, errors: [], distribution, quotas, ranks }, errors, args.lang));
    }
  } finally {
    await sink.close();
  }
  if (csv || args.out !== undefined) {
    for (const error of errors) io.stderr(`${messages(args.lang).errorPrefix}${errorLine(error, args.lang)}\n`);
  }
  return errors.length > 0 ? ExitCode.subjectErrors : ExitCode.ok;
}
