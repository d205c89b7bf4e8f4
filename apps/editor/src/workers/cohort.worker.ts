/// <reference lib="webworker" />
import { explainSubject, type CohortDecisions, type Message, type PreparedRubric, type SubjectResult } from '@rubricate/core';
import { prepare } from '../engine/score';
import { scoreCompact } from '../engine/compact';
import { reasonsOf, type FromWorker, type ToWorker } from './protocol';

/**
 * Scores the cohort off the main thread, so re-scoring thousands of subjects after an edit never
 * blocks typing. Subjects are sent once; each edit sends only the rubric. Each edit runs the
 * compact pass only (score, levels, quotas, ranks, distribution); a subject's full result, with
 * its trace, is built when its row is shown or it is selected.
 */
let subjects: unknown[] = [];
/** The rubric last prepared (as JSON text), so an unchanged rubric is not prepared again. */
let preparedKey = '';
let prepared: PreparedRubric | null = null;
let last: { seq: number; decisions: CohortDecisions; indexOf: Map<string, number> } | null = null;

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

const explain = (id: string): SubjectResult | undefined => {
  const index = last?.indexOf.get(id);
  if (!last || !prepared || index === undefined) return undefined;
  return explainSubject(prepared, subjects[index], last.decisions, index);
};

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'subjects') {
    subjects = msg.subjects;
    last = null;
    return;
  }
  if (msg.type === 'trace') {
    post({ type: 'trace', seq: msg.seq, result: explain(msg.id) ?? null });
    return;
  }
  if (msg.type === 'reasons') {
    if (!last || last.seq !== msg.seq) return;
    const reasons: Record<string, Message[]> = {};
    const ids = msg.ids === 'all' ? last.indexOf.keys() : msg.ids;
    for (const id of ids) {
      const r = explain(id);
      if (r) reasons[id] = reasonsOf(r);
    }
    post({ type: 'reasons', seq: msg.seq, all: msg.ids === 'all', reasons });
    return;
  }
  const t0 = performance.now();
  const key = JSON.stringify(msg.rubric);
  if (key !== preparedKey || !prepared) {
    const p = prepare(msg.rubric as Parameters<typeof prepare>[0]);
    if (!p.ok) {
      preparedKey = '';
      prepared = null;
      last = null;
      post({ type: 'failed', seq: msg.seq, message: p.message });
      return;
    }
    prepared = p.prepared;
    preparedKey = key;
  }
  try {
    const c = scoreCompact(prepared, subjects);
    last = { seq: msg.seq, decisions: c.decisions, indexOf: c.indexOf };
    const { columns: k, decisions: d } = c;
    post(
      { type: 'result', summary: { seq: msg.seq, ms: performance.now() - t0, ...k, errors: d.errors, distribution: d.distribution, quotas: d.quotas, ranks: d.ranks } },
      [k.score.buffer, k.level.buffer, k.levelBeforeQuota.buffer, k.slot.buffer],
    );
  } catch (err) {
    last = null;
    const text = err instanceof Error ? err.message : String(err);
    post({ type: 'failed', seq: msg.seq, message: { zh: text, en: text } });
  }
};
