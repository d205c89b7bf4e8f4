import type { SubjectError } from '../result/types.js';
import { checkSubject } from './facts/check-subject.js';
import { faultToError } from './evaluate-subject.js';
import type { PreparedRubric } from './prepare.js';
import { evalSites, newScoreState, runPlan } from './run.js';

/** Score in integer units and level index (levels.length = no level), before quotas. */
export interface LeanScore {
  /** Final score in units of 10^-scale. */
  scoreUnits: number;
  /** Index into rubric.levels (best first); levels.length when there is no level. */
  level: number;
}

/**
 * @internal The hot path: the same plan as `evaluateSubject`, without the explanation. Only the
 * conditions that bear on score and level are evaluated; buffers are reused between calls, so
 * the returned object is overwritten by the next call.
 */
export function createLeanScorer(prepared: PreparedRubric): (subject: unknown, index?: number) => LeanScore | SubjectError[] {
  const plan = prepared.plan;
  const conds = new Uint8Array(plan.sites.length);
  const state = newScoreState();
  const out: LeanScore = { scoreUnits: 0, level: 0 };
  return (subject, index = 0) => {
    const checked = checkSubject(plan, subject, index);
    if (!checked.ok) return checked.errors;
    try {
      evalSites(plan, checked.subject.facts, conds, 0, plan.scoreSites);
      runPlan(plan, checked.subject, conds, null, state);
    } catch (e) {
      return [faultToError(checked.subject, e)];
    }
    out.scoreUnits = state.score;
    out.level = state.level;
    return out;
  };
}
