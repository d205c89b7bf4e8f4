import type { SubjectError } from '../result/types.js';
import type { HistoryEntry, Override } from '../schema/subject.js';
import { type CheckedSubject, checkSubject } from './facts/check-subject.js';
import { compileFastCheck } from './facts/fast-check.js';
import { faultToError } from './evaluate-subject.js';
import type { NumericFacts } from './plan.js';
import type { PreparedRubric } from './prepare.js';
import { type RunInput, evalSites, newScoreState } from './run.js';
import { scoreLean } from './score-lean.js';

/** Score in integer units and level index (levels.length = no level), before quotas. */
export interface LeanScore {
  /** Final score in units of 10^-scale. */
  scoreUnits: number;
  /** Index into rubric.levels (best first); levels.length when there is no level. */
  level: number;
  /** Category slot: 0 = no category, i + 1 = the rubric's categories[i]. */
  slot: number;
}

/** @internal What pass one of a cohort keeps from a subject, beyond `LeanScore`. */
export interface LeanRun extends LeanScore {
  /**
   * The subject's facts by declared index, defaults filled in, except the numeric ones, which
   * are in `num` (see `NumericFacts`). Buffers reused by the next call.
   */
  facts: readonly unknown[];
  num: NumericFacts;
  unclampedUnits: number;
  /** Band index before gates (levels.length = none). */
  band: number;
  /** Condition results by site: the score's, and the report conditions when asked for. */
  conds: Uint8Array;
  /** Earlier periods, latest first (empty on the fast path). */
  history: readonly HistoryEntry[];
}

const NO_OVERRIDES: ReadonlyMap<number, Override> = new Map();
const NO_HISTORY: readonly HistoryEntry[] = [];

/**
 * The hot path: the same checks and plan as `evaluateSubject`, without the explanation. Only the
 * conditions that bear on score and level are evaluated. A subject is first checked by a compiled
 * check that allocates nothing; anything it does not accept outright (an error, history,
 * overrides) goes through the full check, which names every problem. Buffers are reused between
 * calls, so the returned object is overwritten by the next call.
 */
export function createLeanScorer(prepared: PreparedRubric): (subject: unknown, index?: number) => LeanScore | SubjectError[] {
  return createLeanRunner(prepared, false).run;
}

/** @internal The lean path, from a raw subject or from one `checkSubject` already accepted. */
export interface LeanRunner {
  run(subject: unknown, index?: number): LeanRun | SubjectError[];
  runChecked(checked: CheckedSubject): LeanRun | SubjectError[];
}

/**
 * @internal `createLeanScorer` with everything a cohort keeps; with `reports`, the conditions
 * only reports read are evaluated too (a subject whose report condition cannot be evaluated is
 * then an error, as on the full path).
 */
export function createLeanRunner(prepared: PreparedRubric, reports: boolean): LeanRunner {
  const plan = prepared.plan;
  const conds = new Uint8Array(plan.sites.length);
  const state = newScoreState();
  const fast = compileFastCheck(plan);
  const buffer: unknown[] = new Array<unknown>(plan.facts.length).fill(undefined);
  const num = new Float64Array(plan.facts.length);
  const input: RunInput = { facts: buffer, num, slot: 0, overrides: NO_OVERRIDES };
  const out: LeanRun = { scoreUnits: 0, level: 0, slot: 0, facts: buffer, num, unclampedUnits: 0, band: 0, conds, history: NO_HISTORY };
  const sites = reports ? plan.sites.length : plan.scoreSites;

  const done = (slot: number, facts: readonly unknown[], numbers: NumericFacts, history: readonly HistoryEntry[]): LeanRun => {
    out.scoreUnits = state.score;
    out.unclampedUnits = state.unclamped;
    out.band = state.band;
    out.level = state.level;
    out.slot = slot;
    out.facts = facts;
    out.num = numbers;
    out.history = history;
    return out;
  };

  const runChecked = (checked: CheckedSubject): LeanRun | SubjectError[] => {
    try {
      evalSites(plan, checked.facts, checked.num, conds, 0, sites);
      scoreLean(plan, checked, conds, state);
    } catch (e) {
      return [faultToError(checked, e)];
    }
    return done(checked.slot, checked.facts, checked.num, checked.history);
  };

  const slow = (subject: unknown, index: number): LeanRun | SubjectError[] => {
    const checked = checkSubject(plan, subject, index);
    return checked.ok ? runChecked(checked.subject) : checked.errors;
  };

  if (!fast) return { run: (subject, index = 0) => slow(subject, index), runChecked };
  return {
    run(subject, index = 0) {
      const slot = fast(subject, buffer, num, false);
      if (slot < 0) return slow(subject, index);
      input.slot = slot;
      // A fault (a value a rule cannot use) is rare: the full path names it.
      if (!scoreQuietly(plan, input, conds, state, sites)) return slow(subject, index);
      return done(slot, buffer, num, NO_HISTORY);
    },
    runChecked,
  };
}

/** Scores without the explanation; false when a condition or rule cannot use a value. */
function scoreQuietly(plan: PreparedRubric['plan'], input: RunInput, conds: Uint8Array, state: ReturnType<typeof newScoreState>, sites: number): boolean {
  try {
    evalSites(plan, input.facts, input.num, conds, 0, sites);
    scoreLean(plan, input, conds, state);
    return true;
  } catch {
    return false;
  }
}
