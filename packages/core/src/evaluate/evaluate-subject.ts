import type { SubjectError, SubjectResult } from '../result/types.js';
import { type CheckedSubject, checkSubject, type ResolvedFacts } from './facts/check-subject.js';
import { SubjectFault } from './fault.js';
import type { PreparedRubric } from './prepare.js';
import { type Scored, finishResult, scoreFull } from './result.js';

/** One subject's outcome: a result, or every reason it could not be scored. */
export type SubjectEvaluation = { ok: true; result: SubjectResult } | { ok: false; errors: SubjectError[] };

/** Turns a scoring fault into the subject's error. */
export function faultToError(subject: CheckedSubject, e: unknown): SubjectError {
  // By name, not instanceof: the main entry and the async subpath may each bundle their own copy.
  if (e instanceof SubjectFault || (e instanceof Error && e.name === 'SubjectFault')) {
    const f = e as SubjectFault;
    return { id: subject.id, index: subject.index, path: f.path, code: f.code, message: f.msg };
  }
  throw e;
}

/** @internal Check and score with the full explanation (shared by the single and cohort paths). */
export function checkAndScore(
  prepared: PreparedRubric,
  subject: unknown,
  index: number,
  resolved?: ResolvedFacts,
): { ok: true; scored: Scored } | { ok: false; errors: SubjectError[] } {
  const checked = checkSubject(prepared.plan, subject, index, resolved);
  if (!checked.ok) return checked;
  try {
    return { ok: true, scored: scoreFull(prepared.plan, checked.subject) };
  } catch (e) {
    return { ok: false, errors: [faultToError(checked.subject, e)] };
  }
}

/**
 * Checks and scores one subject (semantics 1–5, 7). Without a cohort there are no quotas or
 * ranks: `level` is `levelBeforeQuota`, and outcomes and history rules follow from it.
 *
 * @param index the subject's position in the caller's input, reported in errors.
 */
export function evaluateSubject(prepared: PreparedRubric, subject: unknown, index = 0): SubjectEvaluation {
  const r = checkAndScore(prepared, subject, index);
  if (!r.ok) return r;
  return { ok: true, result: finishResult(prepared.plan, r.scored, r.scored.state.level) };
}
