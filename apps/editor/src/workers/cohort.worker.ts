/// <reference lib="webworker" />
import { evaluateCohort, prepareRubric, type CohortResult } from '@rubricate/core';
import { summarise, type FromWorker, type ToWorker } from './protocol';

/**
 * Scores the cohort off the main thread, so re-scoring thousands of subjects after an edit never
 * blocks typing. Subjects are sent once; each edit sends only the rubric.
 */
let subjects: unknown[] = [];
let last: CohortResult | null = null;

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'subjects') {
    subjects = msg.subjects;
    last = null;
    return;
  }
  if (msg.type === 'trace') {
    post({ type: 'trace', seq: msg.seq, result: last?.results.find((r) => r.id === msg.id) ?? null });
    return;
  }
  const t0 = performance.now();
  try {
    const prepared = prepareRubric(msg.rubric as Parameters<typeof prepareRubric>[0]);
    last = evaluateCohort(prepared, subjects);
    post({ type: 'result', summary: summarise(msg.seq, last, performance.now() - t0) });
  } catch (err) {
    const issues = (err as { issues?: { message: { zh: string; en: string } }[] }).issues;
    const text = err instanceof Error ? err.message : String(err);
    post({ type: 'failed', seq: msg.seq, message: issues?.[0]?.message ?? { zh: text, en: text } });
  }
};
