import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createCohortScorer, prepareRubric, type CohortPart, type CohortScorer, type Rubric } from '@rubricate/core';
import { csvRowReader, readHeader, type CsvRowReader } from '../subjects/csv.js';
import type { Bilingual } from '../i18n/text.js';
import { CliFailure } from '../io/failure.js';
import type { ExitCode } from '../io/types.js';
import type { ReportedError } from '../subjects/types.js';
import { parseSubjectLine } from './ndjson-line.js';

/**
 * Pass one across worker threads: the main thread reads the file (lines, or CSV records: reading is
 * sequential) and posts batches; each worker parses, checks and scores its batches with its own
 * `createCohortScorer` and hands back the compact part, which the main thread merges. Quotas and
 * ranks are decided once, on the merged cohort, so the result does not depend on how the subjects
 * were shared out.
 */

const MARK = 'rubricate-score-pass-one';

/** A batch: NDJSON lines `[text, index, lineNo]`, or CSV records `[cells, index]`. */
type Batch = { lines: [string, number, number][] } | { rows: [string[], number][] };
type ToWorker = { batch: Batch } | { done: true };
type FromWorker = { part: CohortPart; refused: ReportedError[] } | { failure: { exitCode: ExitCode; messages: Bilingual[] } };

interface Setup {
  mark: typeof MARK;
  rubric: Rubric;
  /** CSV: the header row and the file's path (for messages). */
  header?: string[];
  path: string;
}

/** The worker side: runs when this module is loaded in a worker started by {@link WorkerPool}. */
function serve(setup: Setup): void {
  const prepared = prepareRubric(setup.rubric);
  const scorer: CohortScorer = createCohortScorer(prepared);
  const refused: ReportedError[] = [];
  const reader: CsvRowReader | undefined = setup.header ? csvRowReader(readHeader(setup.header, null, prepared.rubric, setup.path)) : undefined;
  let failed: FromWorker | undefined;
  parentPort!.on('message', (m: ToWorker) => {
    if ('done' in m) {
      parentPort!.postMessage(failed ?? ({ part: scorer.part(), refused } satisfies FromWorker));
      return;
    }
    if (failed) return;
    try {
      take(m.batch);
    } catch (e) {
      // A file the command cannot use (a CSV cell in a column without a header): reported as such.
      if (!(e instanceof CliFailure)) throw e;
      failed = { failure: { exitCode: e.exitCode, messages: e.messages } };
    }
  });
  function take(b: Batch): void {
    if ('lines' in b) {
      for (const [text, index, lineNo] of b.lines) {
        const r = parseSubjectLine(text, index, lineNo);
        if (r.ok) scorer.add(r.value, index);
        else refused.push(r.error);
      }
    } else {
      for (const [cells, index] of b.rows) {
        const r = (reader as CsvRowReader).read(cells, index);
        if (r === null) continue;
        if (Array.isArray(r)) refused.push(...r);
        else scorer.add(r.value, index);
      }
    }
  }
}

if (!isMainThread && (workerData as Setup | undefined)?.mark === MARK) serve(workerData as Setup);

/** Where this module is, to start workers from (undefined in a CommonJS build: no workers there). */
function moduleUrl(): URL | undefined {
  try {
    return new URL(import.meta.url);
  } catch {
    return undefined;
  }
}

/**
 * The worker's entry: this module itself in the build. Run from the TypeScript sources (the test
 * runner), a small module first registers tsx (a development dependency) so that the worker can
 * load them.
 */
function workerEntry(url: URL): URL {
  if (!url.pathname.endsWith('.ts')) return url;
  // require.resolve gives the CommonJS build of tsx's API; its ES module sits beside it.
  const tsx = pathToFileURL(createRequire(url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(url.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** N workers taking batches in turn. */
export class WorkerPool {
  private readonly workers: Worker[];
  private next = 0;
  private lines: [string, number, number][] = [];
  private rows: [string[], number][] = [];
  private failure: unknown;

  private constructor(workers: Worker[], private readonly batchSize: number) {
    this.workers = workers;
    for (const w of workers) w.on('error', (e) => (this.failure ??= e));
  }

  /** Starts `n` workers, or returns undefined when workers cannot be started from this build. */
  static start(n: number, setup: Omit<Setup, 'mark'>, batchSize = 2000): WorkerPool | undefined {
    const url = moduleUrl();
    if (url === undefined) return undefined;
    const workers = Array.from({ length: n }, () => new Worker(workerEntry(url), { workerData: { ...setup, mark: MARK } }));
    return new WorkerPool(workers, batchSize);
  }

  private post(batch: Batch): void {
    if (this.failure !== undefined) throw this.failure;
    const w = this.workers[this.next] as Worker;
    this.next = (this.next + 1) % this.workers.length;
    w.postMessage({ batch } satisfies ToWorker);
  }

  line(text: string, index: number, lineNo: number): void {
    this.lines.push([text, index, lineNo]);
    if (this.lines.length >= this.batchSize) {
      this.post({ lines: this.lines });
      this.lines = [];
    }
  }

  row(cells: string[], index: number): void {
    this.rows.push([cells, index]);
    if (this.rows.length >= this.batchSize) {
      this.post({ rows: this.rows });
      this.rows = [];
    }
  }

  /** Sends what is left, collects every worker's part and stops the workers. */
  async finish(): Promise<{ part: CohortPart; refused: ReportedError[] }[]> {
    if (this.lines.length > 0) this.post({ lines: this.lines });
    if (this.rows.length > 0) this.post({ rows: this.rows });
    this.lines = [];
    this.rows = [];
    try {
      const replies = await Promise.all(
        this.workers.map(
          (w) =>
            new Promise<FromWorker>((resolve, reject) => {
              w.once('message', (m: FromWorker) => resolve(m));
              w.once('error', reject);
              w.once('exit', (code) => reject(new Error(`a worker stopped (exit ${code})`)));
              w.postMessage({ done: true } satisfies ToWorker);
            }),
        ),
      );
      return replies.map((r) => {
        if ('failure' in r) throw new CliFailure(r.failure.exitCode, r.failure.messages);
        return r;
      });
    } finally {
      await this.stop();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
