import { type CohortDecisions, type CohortScorer, createCohortScorer, explainSubject, parseJson, type PreparedRubric, type Rubric, type SubjectError } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import { errorLine } from '../format/errors.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode, type Io } from '../io/types.js';
import { type CsvRowReader, csvRowReader, readHeader } from '../subjects/csv.js';
import { isNdjson } from '../subjects/load.js';
import type { ReportedError } from '../subjects/types.js';
import { eachJsonBatch } from './json-array.js';
import { fastJson, MAX_LINE_CHARS, parseRun, parseSubjectLine } from './ndjson-line.js';
import { csvHeader, csvLine, resultLine, summaryLine } from './render.js';
import { growHeapGently } from './heap.js';
import { openSink, type Sink } from './sink.js';
import { eachCsvRow, eachLine, ReadWhole } from './source.js';
import { WorkerPool } from './workers.js';

export interface StreamScoreArgs {
  subjects: string;
  format: 'csv' | 'ndjson';
  lang: Lang;
  out?: string;
  /** NDJSON: results held at once in pass two (the output is in id order, the file is not). */
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

/** The CSV header row as a row reader; an empty header is the usage error the whole-file reader gives. */
function headerReader(cells: string[], prepared: PreparedRubric, path: string): CsvRowReader {
  if (cells.every((cell) => cell.trim() === '')) throw new CliFailure(ExitCode.usage, [say('csvEmpty', path)]);
  return csvRowReader(readHeader(cells, null, prepared.rubric, path));
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
    // An element only the core's parser can judge: if it refuses it, the whole-file path
    // reports the file as it always has (syntax errors with line and column, exit 2).
    const element = (text: string, index: number): void => {
      if (text === '') throw new ReadWhole('empty element');
      const fast = fastJson(text, 1);
      if (fast) return subject(fast.value, index);
      const parsed = parseJson(text, { maxDepth: 63, maxBytes: MAX_LINE_CHARS * 3 });
      if (!parsed.ok) throw new ReadWhole('element');
      subject(parsed.value, index);
    };
    await eachJsonBatch(io, path, ({ text, starts, ends, first, keys, careful }) => {
      const n = starts.length;
      count = first + n;
      let fast = true;
      let written = 0;
      for (let k = 0; k < n && fast; k++) {
        fast = want(first + k) && !careful[k] && (ends[k] as number) - (starts[k] as number) <= MAX_LINE_CHARS;
        written += keys[k] as number;
      }
      // Most batches parse at once; any doubt and each element is judged alone.
      const values = fast ? parseRun(text.slice(starts[0], ends[n - 1]), n, 1, written) : undefined;
      for (let k = 0; k < n; k++) {
        if (values) subject(values[k], first + k);
        else if (want(first + k)) element(text.slice(starts[k], ends[k]).trim(), first + k);
      }
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
        reader = headerReader(cells, prepared, path);
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
            columns = headerReader(cells, prepared, path).headers;
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
 * `score` over a file read as a stream with bounded memory (NDJSON/JSONL, CSV or a JSON array in,
 * `--format csv` or `ndjson` out). Pass one checks and scores each subject keeping a few numbers
 * and bytes (`createCohortScorer`), then quotas and ranks are decided. A CSV table shows no
 * explanations: it is written from the cohort's summaries, in id order, with no second pass.
 * NDJSON carries each full result: pass two reads the file again and explains each subject; the
 * output is in id order and the file is not, so pass two holds `chunk` results at a time and reads
 * the file once per chunk. The bytes written are the same as `score` without streaming. A JSON
 * array is split into its elements as it is read; one that only the whole-document parser can
 * judge (see `eachJsonBatch`) makes the caller read the file whole ('read whole'), before
 * anything is written.
 */
export async function scoreStreaming(io: Io, prepared: PreparedRubric, args: StreamScoreArgs): Promise<ExitCode | 'read whole'> {
  growHeapGently();
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

  const csv = args.format === 'csv';
  const sink = await openSink(io, args.out, csv);
  try {
    if (csv) await writeCsv(sink, decisions, prepared.rubric, args.lang);
    else await writeNdjson(sink, io, prepared, args, decisions, first.count, errors);
  } finally {
    await sink.close();
  }
  if (csv || args.out !== undefined) {
    for (const error of errors) io.stderr(`${messages(args.lang).errorPrefix}${errorLine(error, args.lang)}\n`);
  }
  return errors.length > 0 ? ExitCode.subjectErrors : ExitCode.ok;
}

/** CSV output is written this many lines at a time (small pieces: little is alive at a collection). */
const LINES = 1000;

/** The `--format csv` table from the cohort's summaries, in id order. */
async function writeCsv(sink: Sink, decisions: CohortDecisions, rubric: Rubric, lang: Lang): Promise<void> {
  // Joined from a list (one flat string) rather than concatenated (a rope flattened on writing).
  const lines = [csvHeader(rubric)];
  for (const summary of decisions.summaries()) {
    lines.push(csvLine(summary, rubric, lang));
    if (lines.length === LINES) {
      await sink.write(lines.join(''));
      lines.length = 0;
    }
  }
  await sink.write(lines.join(''));
}

/** `--format ndjson`: pass two explains each subject, `chunk` results at a time, then the summary line. */
async function writeNdjson(
  sink: Sink,
  io: Io,
  prepared: PreparedRubric,
  args: StreamScoreArgs,
  decisions: CohortDecisions,
  count: number,
  errors: readonly ReportedError[],
): Promise<void> {
  // Output position of each subject, by its index in the file.
  const rankOf = new Int32Array(count).fill(-1);
  let k = 0;
  for (const { index } of decisions.order()) rankOf[index] = k++;
  const total = k;
  const chunk = Math.max(1, args.chunk ?? 20_000);
  for (let lo = 0; lo < total; lo += chunk) {
    const hi = Math.min(total, lo + chunk);
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
        held[(rankOf[index] as number) - lo] = resultLine(result, prepared.rubric, args.lang);
      },
      () => undefined,
    );
    if (held.includes(undefined)) throw new CliFailure(ExitCode.usage, [say('fileUnreadable', args.subjects, 'the file changed while it was read')]);
    // Written in pieces so that no single string grows past what V8 allows.
    for (let k = 0; k < held.length; k += 10_000) await sink.write((held as string[]).slice(k, k + 10_000).join(''));
  }
  const { rubric: ref, distribution, quotas, ranks } = decisions;
  await sink.write(summaryLine({ rubric: ref, errors: [], distribution, quotas, ranks }, errors, args.lang));
}
