import type { Message, SubjectResult } from '@rubricate/core';
import type { CohortSummary, FromWorker, ToWorker } from './protocol';

/** What the page hears from the cohort worker, through the client. */
export interface CohortClientEvents {
  /** A scoring of the current subjects, with when its rubric was posted and its answer came (`performance.now()`). */
  summary(summary: CohortSummary, at: { sent: number; received: number }): void;
  failed(seq: number, message: Message): void;
  /** Reasons of some rows of scoring `seq`. */
  reasons(seq: number, reasons: Record<string, Message[]>): void;
  trace(result: SubjectResult | null): void;
  /** True while a scoring is running or waiting to run. */
  busy(busy: boolean): void;
}

export interface CohortClient {
  /** New subjects: whatever is being scored for the old ones is dropped when it comes back. */
  setSubjects(subjects: unknown[]): void;
  /**
   * Score the subjects against this rubric. At most one scoring runs at a time; a rubric given
   * while one runs waits, and only the latest waiting rubric is scored (a burst of edits scores
   * the first and the last), so the worker never falls behind the typing.
   */
  score(rubric: unknown): void;
  /** The reasons of these rows of scoring `seq` (the rows on screen). */
  reasons(seq: number, ids: string[]): void;
  trace(id: string): void;
  /**
   * Every row's reasons for the scoring of the latest rubric, then `save`: when a scoring is
   * running or waiting, this waits for it, so one click exports what the rubric now gives.
   */
  exportAll(save: (seq: number, reasons: Record<string, Message[]>) => void): void;
  /** Hand a message from the worker to the client. */
  receive(message: FromWorker): void;
}

/**
 * The page's side of the cohort worker: sequencing, coalescing of edits, and exports that wait for
 * the running scoring. Framework-free, so its timing logic is tested without a browser.
 */
export function createCohortClient(post: (m: ToWorker) => void, on: CohortClientEvents, now: () => number = () => performance.now()): CohortClient {
  let seq = 0;
  /** Subjects generation: a scoring sent for older subjects is not shown. */
  let generation = 0;
  const sent = new Map<number, { at: number; generation: number }>();
  let running: number | null = null;
  let waiting: { rubric: unknown } | null = null;
  /** The scoring shown last (its reasons can be asked for). */
  let shown: number | null = null;
  let exports: ((seq: number, reasons: Record<string, Message[]>) => void)[] = [];
  /** The export asked of the worker, answered by the `all` reasons of this scoring. */
  let exporting: { seq: number; saves: typeof exports } | null = null;
  let wasBusy = false;

  const busyChanged = () => {
    const busy = running !== null || waiting !== null;
    if (busy !== wasBusy) {
      wasBusy = busy;
      on.busy(busy);
    }
  };

  const send = (rubric: unknown) => {
    seq += 1;
    running = seq;
    sent.set(seq, { at: now(), generation });
    post({ type: 'score', seq, rubric });
  };

  const startExports = () => {
    if (!exports.length || running !== null || waiting !== null || shown === null) return;
    exporting = { seq: shown, saves: [...(exporting?.seq === shown ? exporting.saves : []), ...exports] };
    exports = [];
    post({ type: 'reasons', seq: shown, ids: 'all' });
  };

  /** The answer to `s` came back: send what waits, or start the exports waiting for it. */
  const settle = (s: number) => {
    if (running !== s) return;
    running = null;
    sent.delete(s);
    if (waiting) {
      const { rubric } = waiting;
      waiting = null;
      send(rubric);
    }
    busyChanged();
  };

  return {
    setSubjects(subjects) {
      generation += 1;
      shown = null;
      post({ type: 'subjects', subjects });
    },
    score(rubric) {
      if (running !== null) waiting = { rubric };
      else send(rubric);
      busyChanged();
    },
    reasons(s, ids) {
      if (ids.length) post({ type: 'reasons', seq: s, ids });
    },
    trace(id) {
      post({ type: 'trace', seq: shown ?? 0, id });
    },
    exportAll(save) {
      exports.push(save);
      startExports();
    },
    receive(m) {
      if (m.type === 'result') {
        const s = m.summary.seq;
        const info = sent.get(s);
        const current = info !== undefined && info.generation === generation;
        settle(s);
        if (current) {
          shown = s;
          on.summary(m.summary, { sent: info.at, received: now() });
        }
        startExports();
      } else if (m.type === 'failed') {
        const info = sent.get(m.seq);
        const current = info !== undefined && info.generation === generation;
        settle(m.seq);
        if (current && running === null) {
          // nothing to export from a rubric that cannot be scored
          shown = null;
          exports = [];
          on.failed(m.seq, m.message);
        }
      } else if (m.type === 'reasons') {
        if (m.all) {
          if (exporting?.seq === m.seq) {
            const { saves } = exporting;
            exporting = null;
            for (const save of saves) save(m.seq, m.reasons);
          }
        }
        on.reasons(m.seq, m.reasons);
      } else if (m.type === 'trace') {
        on.trace(m.result);
      }
    },
  };
}
