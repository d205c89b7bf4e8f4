import { createCohortRescorer, explainSubject, validateRubric, type CohortColumns, type CohortDecisions, type Message, type PreparedRubric, type SubjectResult } from '@rubricate/core';
import { scoreCompact } from '../engine/compact';
import { positionOf } from '../engine/order';
import { prepare } from '../engine/score';
import { reasonsOf, type FromWorker, type ToWorker } from './protocol';

/** A message to post back, with the buffers to transfer (moved, not copied). */
export interface Outgoing {
  message: FromWorker;
  transfer: Transferable[];
}

/**
 * What the cohort worker does with each message, as a plain object so it can be tested without a
 * worker. Subjects arrive once and stay here; each edit sends only the rubric, which is prepared
 * again only when it changed. A scoring runs the compact pass only (score, levels, quotas, ranks,
 * distribution); a subject's full result, with its trace, is built when its row is shown or it is
 * selected.
 */
export function createCohortSession(now: () => number = () => performance.now()): { handle(msg: ToWorker): Outgoing[] } {
  let subjects: unknown[] = [];
  /** The subjects, checked once against the rubric's facts and kept so while those stay the same. */
  let rescore = createCohortRescorer(subjects);
  /** The rubric last prepared (as JSON text), so an unchanged rubric is not prepared again. */
  let preparedKey = '';
  let prepared: PreparedRubric | null = null;
  /** The last scoring: its decisions, and the ids and input indexes of its columns (id order). */
  let last: { seq: number; decisions: CohortDecisions; ids: string[]; index: Float64Array } | null = null;

  const explain = (id: string): SubjectResult | undefined => {
    if (!last || !prepared) return undefined;
    const k = positionOf(last.ids, id);
    if (k < 0) return undefined;
    const index = last.index[k] as number;
    return explainSubject(prepared, subjects[index], last.decisions, index);
  };

  const score = (seq: number, doc: unknown): Outgoing => {
    const t0 = now();
    const key = JSON.stringify(doc);
    if (key !== preparedKey || !prepared) {
      // the document as edited: validated here, off the page's thread, by the same core the page checks with
      const v = validateRubric(doc);
      if (!v.ok) {
        preparedKey = '';
        prepared = null;
        last = null;
        const first = v.issues.find((i) => i.severity === 'error') ?? v.issues[0];
        return { message: { type: 'failed', seq, message: first?.message ?? { zh: '评分细则有错误', en: 'The rubric has errors' } }, transfer: [] };
      }
      const p = prepare(v.rubric);
      if (!p.ok) {
        preparedKey = '';
        prepared = null;
        last = null;
        return { message: { type: 'failed', seq, message: p.message }, transfer: [] };
      }
      prepared = p.prepared;
      preparedKey = key;
    }
    try {
      const t1 = now();
      const { columns, decisions } = scoreCompact(rescore, prepared);
      const scoreMs = now() - t1;
      last = { seq, decisions, ids: columns.ids, index: columns.index };
      const { ids, score: points, level, levelBeforeQuota, slot, levelIds, categories } = columns as CohortColumns;
      const { errors, distribution, quotas, ranks } = decisions;
      return {
        message: { type: 'result', summary: { seq, ms: now() - t0, scoreMs, ids, score: points, level, levelBeforeQuota, slot, levelIds, categories, errors, distribution, quotas, ranks } },
        transfer: [points.buffer, level.buffer, levelBeforeQuota.buffer, slot.buffer],
      };
    } catch (err) {
      last = null;
      const text = err instanceof Error ? err.message : String(err);
      return { message: { type: 'failed', seq, message: { zh: `模拟评分出错：${text}`, en: `Scoring the cohort failed: ${text}` } }, transfer: [] };
    }
  };

  return {
    handle(msg) {
      switch (msg.type) {
        case 'subjects':
          subjects = msg.subjects;
          rescore = createCohortRescorer(subjects);
          last = null;
          return [];
        case 'score':
          return [score(msg.seq, msg.rubric)];
        case 'trace':
          return [{ message: { type: 'trace', seq: msg.seq, result: explain(msg.id) ?? null }, transfer: [] }];
        case 'reasons': {
          if (!last || last.seq !== msg.seq) return [];
          const reasons: Record<string, Message[]> = {};
          for (const id of msg.ids === 'all' ? last.ids : msg.ids) {
            const r = explain(id);
            if (r) reasons[id] = reasonsOf(r);
          }
          return [{ message: { type: 'reasons', seq: msg.seq, all: msg.ids === 'all', reasons }, transfer: [] }];
        }
      }
    },
  };
}
