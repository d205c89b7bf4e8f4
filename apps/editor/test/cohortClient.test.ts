import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { createCohortClient } from '../src/workers/cohortClient';
import { createCohortSession } from '../src/workers/cohortSession';
import type { CohortSummary, FromWorker, ToWorker } from '../src/workers/protocol';

const dir = join(__dirname, '../../../docs/fixtures');
const rubric = JSON.parse(readFileSync(join(dir, 'anyang-2017-star-rating.json'), 'utf8')) as { levels: { id: string; band: { min?: number; max?: number } }[] };
const subjects = JSON.parse(readFileSync(join(dir, 'anyang-2017-star-rating.cohort.json'), 'utf8')) as unknown[];

/** The same rubric with every level's band raised by `by` points: fewer subjects reach each level. */
function raised(by: number) {
  const r = structuredClone(rubric);
  for (const l of r.levels) {
    if (l.band.min !== undefined) l.band.min += by;
    if (l.band.max !== undefined) l.band.max += by;
  }
  return r;
}

/**
 * The client wired to a real session, as the page is to the worker: messages cross one at a time,
 * in order, asynchronously (a worker answers only after the page's current task).
 */
function wired() {
  const session = createCohortSession();
  const posted: ToWorker[] = [];
  const queue: ToWorker[] = [];
  const summaries: CohortSummary[] = [];
  const busy: boolean[] = [];
  const client = createCohortClient(
    (m) => {
      posted.push(m);
      queue.push(m);
    },
    { summary: (s) => summaries.push(s), failed: () => undefined, reasons: () => undefined, trace: () => undefined, busy: (b) => busy.push(b) },
  );
  /** Lets the worker handle one message and the page receive its answers. */
  const step = () => {
    const m = queue.shift();
    if (!m) return false;
    for (const { message } of session.handle(m)) client.receive(structuredClone(message) as FromWorker);
    return true;
  };
  const drain = () => {
    while (step());
  };
  return { client, posted, summaries, busy, step, drain };
}

describe('the page side of the cohort worker', () => {
  it('scores a burst of edits as the first and the last, never falling behind', () => {
    const w = wired();
    w.client.setSubjects(subjects);
    w.client.score(raised(0));
    for (let by = 1; by <= 5; by++) w.client.score(raised(by));
    w.drain();
    const scores = w.posted.filter((m) => m.type === 'score');
    expect(scores).toHaveLength(2);
    expect(scores[1]).toMatchObject({ rubric: raised(5) });
    expect(w.summaries.map((s) => s.seq)).toEqual([1, 2]);
    expect(w.busy).toEqual([true, false]);
  });

  it('one export click during a re-score waits for it and exports the new scoring', () => {
    const w = wired();
    w.client.setSubjects(subjects);
    w.client.score(raised(0));
    w.drain();
    const before = w.summaries.at(-1)!;
    // an edit, and the export clicked while its scoring runs
    w.client.score(raised(30));
    const saved: { seq: number; reasons: Record<string, Message[]> }[] = [];
    w.client.exportAll((seq, reasons) => saved.push({ seq, reasons }));
    expect(saved).toEqual([]);
    w.drain();
    const after = w.summaries.at(-1)!;
    expect(after.seq).toBeGreaterThan(before.seq);
    // the export is of the scoring of the rubric as it is now, with every row's reasons
    expect(saved).toHaveLength(1);
    expect(saved[0]!.seq).toBe(after.seq);
    expect(Object.keys(saved[0]!.reasons).sort()).toEqual([...after.ids].sort());
    // and the edit did change levels, so the two scorings really differ
    expect([...after.level]).not.toEqual([...before.level]);
  });

  it('an export with nothing running goes at once; new subjects drop the old scoring', () => {
    const w = wired();
    w.client.setSubjects(subjects);
    w.client.score(raised(0));
    w.drain();
    const saved: number[] = [];
    w.client.exportAll((seq) => saved.push(seq));
    w.drain();
    expect(saved).toEqual([1]);
    // new subjects while a scoring runs: its answer is for the old subjects and is not shown
    w.client.score(raised(1));
    w.client.setSubjects(subjects.slice(0, 10));
    w.client.score(raised(1));
    w.drain();
    expect(w.summaries.map((s) => s.ids.length)).toEqual([subjects.length, 10]);
  });

  it('a rubric that cannot be scored ends the wait of an export, with its message', () => {
    const failures: Message[] = [];
    const session = createCohortSession();
    const queue: ToWorker[] = [];
    const client = createCohortClient((m) => queue.push(m), {
      summary: () => undefined,
      failed: (_seq, message) => failures.push(message),
      reasons: () => undefined,
      trace: () => undefined,
      busy: () => undefined,
    });
    client.setSubjects(subjects);
    client.score(raised(0));
    const saved: number[] = [];
    client.score({ ...raised(0), levels: 'none' });
    client.exportAll((seq) => saved.push(seq));
    for (let m = queue.shift(); m; m = queue.shift()) for (const { message } of session.handle(m)) client.receive(message);
    expect(saved).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.zh.length).toBeGreaterThan(0);
    expect(failures[0]!.en.length).toBeGreaterThan(0);
  });
});
