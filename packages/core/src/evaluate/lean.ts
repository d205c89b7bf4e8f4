import type { SubjectError } from '../result/types.js';
import type { Override } from '../schema/subject.js';
import { checkSubject } from './facts/check-subject.js';
import { compileFastCheck } from './facts/fast-check.js';
import { faultToError } from './evaluate-subject.js';
import type { PreparedRubric } from './prepare.js';
import { type RunInput, evalSites, newScoreState, runPlan } from './run.js';

/** Score in integer units and level index (levels.length = no level), before quotas. */
export interface LeanScore {
  /** Final score in units of 10^-scale. */
  scoreUnits: number;
  /** Index into rubric.levels (best first); levels.length when there is no level. */
  level: number;
  /** Category slot: 0 = no category, i + 1 = the rubric's categories[i]. */
  slot: number;
  /**
   * The subject's facts by declared index (`rubric.facts` order), defaults filled in. A buffer
   * reused by the next call: copy what you keep.
   */
  facts: readonly unknown[];
}

const NO_OVERRIDES: ReadonlyMap<number, Override> = new Map();

/**
 * The hot path: the same checks and plan as `evaluateSubject`, without the explanation. Only the
 * conditions that bear on score and level are evaluated. A subject is first checked by a compiled
 * check that allocates nothing; anything it does not accept outright (an error, history,
 * overrides) goes through the full check, which names every problem. Buffers are reused between
 * calls, so the returned object is overwritten by the next call.
 */
export function createLeanScorer(prepared: PreparedRubric): (subject: unknown, index?: number) => LeanScore | SubjectError[] {
  const plan = prepared.plan;
  const conds = new Uint8Array(plan.sites.length);
  const state = newScoreState();
  const fast = compileFastCheck(plan);
  const buffer: unknown[] = new Array<unknown>(plan.facts.length).fill(undefined);
  const input: { facts: unknown[]; slot: number; overrides: ReadonlyMap<number, Override> } = { facts: buffer, slot: 0, overrides: NO_OVERRIDES };
  const out: LeanScore = { scoreUnits: 0, level: 0, slot: 0, facts: buffer };
  const scoreSites = plan.scoreSites;

  const slow = (subject: unknown, index: number): LeanScore | SubjectError[] => {
    const checked = checkSubject(plan, subject, index);
    if (!checked.ok) return checked.errors;
    try {
      evalSites(plan, checked.subject.facts, conds, 0, scoreSites);
      runPlan(plan, checked.subject, conds, null, state);
    } catch (e) {
      return [faultToError(checked.subject, e)];
    }
    out.scoreUnits = state.score;
    out.level = state.level;
    out.slot = checked.subject.slot;
    out.facts = checked.subject.facts;
    return out;
  };

  if (!fast) return (subject, index = 0) => slow(subject, index);
  return (subject, index = 0) => {
    const slot = fast(subject, buffer, false);
    if (slot < 0) return slow(subject, index);
    input.slot = slot;
    // A fault (a value a rule cannot use) is rare: the full path names it.
    if (!scoreQuietly(plan, input, conds, state, scoreSites)) return slow(subject, index);
    out.scoreUnits = state.score;
    out.level = state.level;
    out.slot = slot;
    out.facts = buffer;
    return out;
  };
}

/** Scores without the explanation; false when a condition or rule cannot use a value. */
function scoreQuietly(plan: PreparedRubric['plan'], input: RunInput, conds: Uint8Array, state: ReturnType<typeof newScoreState>, scoreSites: number): boolean {
  try {
    evalSites(plan, input.facts, conds, 0, scoreSites);
    runPlan(plan, input, conds, null, state);
    return true;
  } catch {
    return false;
  }
}
