import type { DistributionRow, Flag, OutcomeResult, QuotaReport, RankReport, RubricRef, SubjectError, SubjectResult, SubjectSummary, TraceEntry } from '../result/types.js';
import { checkAndScore } from '../evaluate/evaluate-subject.js';
import type { CheckedSubject } from '../evaluate/facts/check-subject.js';
import { createLeanRunner, type LeanRun } from '../evaluate/lean.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { type CohortSteps, finishResult, type Scored } from '../evaluate/result.js';
import { fromUnits } from '../decimal/decimal-string.js';
import { compareCodePoints } from '../hash/compare.js';
import { CompactCohort, type CompactScore } from './compact.js';
import { buildSummary } from './summary.js';
import { distribution } from './distribution.js';
import { applyQuota, newQuotaDecision, populations, type QuotaDecision, quotaMoveTrace, quotaReviewMessage } from './quotas.js';
import { applyRank, type RankDecision, rankReviewMessage, rankSteps } from './ranks.js';

/** Errors in a stable order: by subject id, then path, code and input position. */
export function sortErrors(errors: SubjectError[]): SubjectError[] {
  return errors.sort(
    (a, b) =>
      (a.id === b.id ? 0 : a.id === null ? -1 : b.id === null ? 1 : compareCodePoints(a.id, b.id)) ||
      compareCodePoints(a.path, b.path) ||
      compareCodePoints(a.code, b.code) ||
      a.index - b.index,
  );
}

/** @internal The error for each subject whose id another subject also uses. */
export function duplicateIdError(id: string, index: number): SubjectError {
  return { id, index, path: 'id', code: 'duplicate-id', message: { zh: `评价对象 id ${id} 重复，同一 id 的各条记录均未评分`, en: `the id ${id} is used more than once; none of them is scored` } };
}

/**
 * The cohort's decisions after every subject was added: the reports of `evaluateCohort` and each
 * subject's final level, held as compact arrays (no per-subject result objects).
 */
export interface CohortDecisions {
  readonly rubric: RubricRef;
  /** Subjects scored (errors and duplicate ids excluded). */
  readonly scored: number;
  /** Every subject that could not be scored, in `evaluateCohort`'s order. */
  readonly errors: SubjectError[];
  readonly distribution: DistributionRow[];
  readonly quotas: QuotaReport[];
  readonly ranks: RankReport[];
  /** The final level of a scored subject (null: no level), or undefined for an id not scored. */
  finalLevelOf(id: string): string | null | undefined;
  /** Scored subjects by id (code point order) with the input index each was added with. */
  order(): IterableIterator<{ id: string; index: number }>;
  /**
   * Every scored subject's result without its explanation, in id order (the order of
   * `evaluateCohort`'s results): score, levels, category, flags, outcomes and crosswalks, equal to
   * those fields of the full results, built from what pass one kept (no second pass over the
   * subjects). For tables and CSV files of a whole cohort.
   */
  summaries(): IterableIterator<SubjectSummary>;
  /**
   * Every scored subject as columns in id order (code point order): score in points, level
   * before and after quotas, category. Built on each call; for tables and charts of a whole
   * cohort without building any subject's explanation.
   */
  columns(): CohortColumns;
}

/** A finished cohort as parallel arrays, one position per scored subject, in id order. */
export interface CohortColumns {
  ids: string[];
  /** Input index each subject was added with. */
  index: Float64Array;
  /** Final score in points (the same number as `SubjectResult.score`). */
  score: Float64Array;
  /** Index into `levelIds` before quotas and ranks, -1 for no level. */
  levelBeforeQuota: Int16Array;
  /** Index into `levelIds` after quotas, -1 for no level. */
  level: Int16Array;
  /** 0 = no category, i + 1 = `categories[i]`. */
  slot: Uint16Array;
  /** The rubric's level ids, best first. */
  levelIds: string[];
  /** The rubric's category ids. */
  categories: string[];
}

/** What `explainSubject` needs from a cohort's decisions, kept out of the public shape. */
const INTERNAL = new WeakMap<CohortDecisions, DecisionsInternal>();

/** @internal */
export function internalsOf(d: CohortDecisions): DecisionsInternal {
  const i = INTERNAL.get(d);
  if (!i) throw new TypeError('not the decisions of createCohortScorer().finish()');
  return i;
}

export interface DecisionsInternal {
  plan: PreparedPlan;
  cohort: CompactCohort;
  sorted: Int32Array;
  quotas: QuotaDecision[];
  ranks: RankDecision[];
}

/** Pass one of a cohort: add subjects one at a time (any order), then `finish`. */
export interface CohortScorer {
  /**
   * Checks and scores one subject without its explanation, keeping only what quotas, ranks and
   * the distribution need. Returns false when the subject is an error (kept for `errors`).
   * @param index the subject's position in the input, reported in errors.
   */
  add(subject: unknown, index: number): boolean;
  /** Applies quotas (declared order) and ranks; the scorer cannot be used afterwards. */
  finish(): CohortDecisions;
  /**
   * Everything added so far as plain data (arrays and typed arrays, so it can be posted from a
   * worker thread), for another scorer's `merge`. The scorer cannot be used afterwards.
   */
  part(): CohortPart;
  /** Adds what another scorer of the same rubric was given (see `part`); order does not matter. */
  merge(part: CohortPart): void;
}

/** The compact data of a scorer's subjects, to merge into another scorer (see `CohortScorer.part`). */
export interface CohortPart {
  ids: string[];
  /** Final and unclamped score in units, band and level index, category slot and input index, per subject. */
  score: Float64Array;
  unclamped: Float64Array;
  band: Uint16Array;
  level: Uint16Array;
  slot: Uint16Array;
  index: Float64Array;
  /** The bytes each subject's summary is built from, a fixed number per subject. */
  summaryBits: Uint8Array;
  /** The values of each tie-break fact, per subject. */
  tieValues: unknown[][];
  errors: SubjectError[];
  /** Ids of subjects in error, with their input index. */
  errorIds: [string, number][];
}

/**
 * A cohort scored in two passes with bounded memory: `add` every subject (pass one keeps a few
 * numbers per subject), `finish` decides quotas and ranks in O(n log n) on those arrays, then
 * `explainSubject` builds each full result when it is needed (pass two). The reports and every
 * result are exactly those of `evaluateCohort` on the same subjects, whatever their order.
 */
export function createCohortScorer(prepared: PreparedRubric, options: CohortScorerOptions = {}): CohortScorer {
  const { addChecked: _internal, ...scorer } = createScorer(prepared, options);
  return scorer;
}

/** Options of `createCohortScorer`. */
export interface CohortScorerOptions {
  /**
   * How many subjects you expect to add, when you know (an array's length). The scorer then sizes
   * its arrays once instead of growing them by copying as subjects arrive; with a million subjects
   * the copies cost more than their own time, because the memory they free outside the JavaScript
   * heap makes V8 run a full garbage collection. Any number is safe: more subjects than expected
   * still fit, fewer leave the rest unused. A non-negative whole number.
   */
  expected?: number;
}

/** Largest capacity taken from `expected` at once (a mistaken hint must not allocate gigabytes). */
const MAX_EXPECTED = 1 << 26;

function capacityOf(options: CohortScorerOptions): number {
  const e = options.expected;
  if (e === undefined) return 0;
  if (!Number.isSafeInteger(e) || e < 0) throw new TypeError(`createCohortScorer: expected must be a non-negative whole number, got ${String(e)}`);
  return Math.min(e, MAX_EXPECTED);
}

/** @internal `createCohortScorer` that also takes subjects already checked (see `rescore.ts`). */
export interface InternalScorer extends CohortScorer {
  /** Scores a subject `checkSubject` accepted; `subject` is the original, for its errors. */
  addChecked(checked: CheckedSubject, subject: unknown): boolean;
}

/**
 * @internal
 * @param run pass one for a raw subject, in place of the core's lean runner (a compiled scorer's,
 *   see `compile/runtime.ts`): the same `LeanRun`, or errors.
 */
export function createScorer(prepared: PreparedRubric, options: CohortScorerOptions = {}, run?: (subject: unknown, index: number) => LeanRun | SubjectError[]): InternalScorer {
  const plan = prepared.plan;
  const lean = createLeanRunner(prepared, true);
  const first = run ?? lean.run;
  const cohort = new CompactCohort(plan, capacityOf(options));
  const errors: SubjectError[] = [];
  /** Ids of subjects in error: a good subject sharing one is a duplicate too. */
  const errorIds = new Map<string, number>();
  const score: CompactScore = { score: 0, unclamped: 0, band: 0, level: 0, slot: 0 };
  let finished = false;

  const fail = (subject: unknown, index: number): false => {
    const r = checkAndScore(prepared, subject, index);
    // The full path decides (it also evaluates report-only conditions).
    if (r.ok) throw new Error('internal: a subject scored on the full path but not on the lean path');
    errors.push(...r.errors);
    const id = subject !== null && typeof subject === 'object' ? (subject as { id?: unknown }).id : undefined;
    if (typeof id === 'string') errorIds.set(id, index);
    return false;
  };

  /** Keeps a subject the lean path scored, or records its errors (named by the full path). */
  const keep = (r: LeanRun | SubjectError[], subject: unknown, id: string, index: number): boolean => {
    if (Array.isArray(r)) return fail(subject, index);
    score.score = r.scoreUnits;
    score.unclamped = r.unclampedUnits;
    score.band = r.band;
    score.level = r.level;
    score.slot = r.slot;
    cohort.push(id, score, index, r.facts, r.num, r.conds, r.history);
    return true;
  };

  return {
    add(subject, index) {
      if (finished) throw new Error('createCohortScorer: add after finish');
      return keep(first(subject, index), subject, (subject as { id: string }).id, index);
    },
    addChecked(checked, subject) {
      if (finished) throw new Error('createCohortScorer: add after finish');
      return keep(lean.runChecked(checked), subject, checked.id, checked.index);
    },
    finish() {
      if (finished) throw new Error('createCohortScorer: finish called twice');
      finished = true;
      return decide(plan, cohort, errors, errorIds);
    },
    part() {
      if (finished) throw new Error('createCohortScorer: part after finish');
      finished = true;
      const n = cohort.count;
      return {
        ids: cohort.ids,
        score: cohort.score.slice(0, n),
        unclamped: cohort.unclamped.slice(0, n),
        band: cohort.band.slice(0, n),
        level: cohort.level.slice(0, n),
        slot: cohort.slot.slice(0, n),
        index: cohort.index.slice(0, n),
        summaryBits: cohort.bits.slice(0, n * cohort.layout.width),
        tieValues: cohort.tieValues,
        errors,
        errorIds: [...errorIds],
      };
    },
    merge(part) {
      if (finished) throw new Error('createCohortScorer: merge after finish');
      if (part.tieValues.length !== cohort.tieValues.length) throw new Error('createCohortScorer: a part of another rubric');
      if (part.summaryBits.length !== part.ids.length * cohort.layout.width) throw new Error('createCohortScorer: a part of another rubric');
      const base = cohort.count;
      const w = cohort.layout.width;
      for (let i = 0; i < part.ids.length; i++) {
        score.score = part.score[i] as number;
        score.unclamped = part.unclamped[i] as number;
        score.band = part.band[i] as number;
        score.level = part.level[i] as number;
        score.slot = part.slot[i] as number;
        const e = cohort.append(part.ids[i] as string, score, part.index[i] as number);
        if (w > 0) cohort.bits.set(part.summaryBits.subarray(i * w, i * w + w), e * w);
      }
      part.tieValues.forEach((values, k) => {
        const into = cohort.tieValues[k] as unknown[];
        for (let i = 0; i < values.length; i++) into[base + i] = values[i];
      });
      errors.push(...part.errors);
      for (const [id, index] of part.errorIds) errorIds.set(id, index);
    },
  };
}

/** @internal Quotas, ranks and distribution over already scored subjects (ids already unique). */
export function decideScored(plan: PreparedPlan, scored: readonly Scored[], errors: SubjectError[]): CohortDecisions {
  const cohort = new CompactCohort(plan, scored.length);
  for (const s of scored) {
    const { state, subject } = s;
    cohort.push(subject.id, { score: state.score, unclamped: state.unclamped, band: state.band, level: state.level, slot: subject.slot }, subject.index, subject.facts, subject.num, s.conds, subject.history);
  }
  return decide(plan, cohort, errors, new Map());
}

/** Duplicates out, then quotas and ranks on the compact arrays. */
function decide(plan: PreparedPlan, all: CompactCohort, errors: SubjectError[], errorIds: ReadonlyMap<string, number>): CohortDecisions {
  // Subjects sharing an id cannot be told apart: every one of them is an error.
  const byId = all.byId();
  let cohort = all;
  const dup = new Uint8Array(all.count);
  let dups = 0;
  for (let k = 0; k < byId.length; k++) {
    const e = byId[k] as number;
    const id = all.ids[e] as string;
    const prev = k > 0 ? (all.ids[byId[k - 1] as number] as string) : undefined;
    const next = k + 1 < byId.length ? (all.ids[byId[k + 1] as number] as string) : undefined;
    if (id === prev || id === next || errorIds.has(id)) {
      dup[e] = 1;
      dups++;
      errors.push(duplicateIdError(id, all.index[e] as number));
    }
  }
  if (dups > 0) {
    cohort = new CompactCohort(plan, all.count - dups);
    for (let e = 0; e < all.count; e++) if (dup[e] !== 1) cohort.copyFrom(all, e);
  }
  const sorted = dups > 0 ? cohort.byId() : byId;
  cohort.idRank = CompactCohort.idRanks(sorted);
  cohort.idOrder = sorted;
  // Quotas move levels in place; the levels they started from are kept for `columns`.
  const levelBefore = cohort.level.slice(0, cohort.count);

  const quotaDecisions: QuotaDecision[] = [];
  const quotas: QuotaReport[] = [];
  for (const q of plan.quotas) {
    const d = newQuotaDecision(plan, q, cohort.count);
    quotaDecisions.push(d);
    for (const p of populations(plan, cohort, q.perCategory)) quotas.push(applyQuota(plan, cohort, d, p.members, p.slot, p.category));
  }
  const rankDecisions: RankDecision[] = [];
  const ranks: RankReport[] = [];
  for (const r of plan.ranks) {
    const { report, decision } = applyRank(plan, r, cohort);
    ranks.push(report);
    rankDecisions.push(decision);
  }
  const internal: DecisionsInternal = { plan, cohort, sorted, quotas: quotaDecisions, ranks: rankDecisions };
  const decisions: CohortDecisions = {
    rubric: { id: plan.ref.id, version: plan.ref.version, hash: plan.ref.hash },
    scored: cohort.count,
    errors: sortErrors(errors),
    distribution: distribution(plan, cohort),
    quotas,
    ranks,
    finalLevelOf(id) {
      const e = cohort.find(sorted, id);
      return e < 0 ? undefined : (plan.levels[cohort.level[e] as number]?.id ?? null);
    },
    *order() {
      for (let k = 0; k < sorted.length; k++) {
        const e = sorted[k] as number;
        yield { id: cohort.ids[e] as string, index: cohort.index[e] as number };
      }
    },
    columns() {
      return cohortColumns(plan, cohort, sorted, levelBefore);
    },
    *summaries() {
      const conds = new Uint8Array(plan.sites.length);
      for (let k = 0; k < sorted.length; k++) yield summaryAt(internal, sorted[k] as number, levelBefore, conds);
    },
  };
  INTERNAL.set(decisions, internal);
  return decisions;
}

function cohortColumns(plan: PreparedPlan, cohort: CompactCohort, sorted: Int32Array, levelBefore: Uint16Array): CohortColumns {
  const n = sorted.length;
  const none = plan.levels.length;
  const { scale } = plan.unit;
  const ids = new Array<string>(n);
  const index = new Float64Array(n);
  const score = new Float64Array(n);
  const before = new Int16Array(n);
  const level = new Int16Array(n);
  const slot = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const e = sorted[k] as number;
    ids[k] = cohort.ids[e] as string;
    index[k] = cohort.index[e] as number;
    score[k] = fromUnits(cohort.score[e] as number, scale);
    const b = levelBefore[e] as number;
    before[k] = b < none ? b : -1;
    const l = cohort.level[e] as number;
    level[k] = l < none ? l : -1;
    slot[k] = cohort.slot[e] as number;
  }
  return { ids, index, score, levelBeforeQuota: before, level, slot, levelIds: plan.levels.map((l) => l.id), categories: [...plan.categories] };
}

/** @internal The full result of a scored subject with the steps the cohort added. */
export function resultWithDecisions(d: DecisionsInternal, s: Scored): SubjectResult | undefined {
  const { plan, cohort } = d;
  const e = cohort.find(d.sorted, s.subject.id);
  if (e < 0) return undefined;
  return finishResult(plan, s, cohort.level[e] as number, cohortSteps(d, e, true));
}

/** What quotas and ranks add to subject `e`'s result (the trace only when asked for). */
function cohortSteps(d: DecisionsInternal, e: number, withTrace: boolean): CohortSteps {
  const { plan, cohort } = d;
  const trace: TraceEntry[] = [];
  const flags: Flag[] = [];
  const outcomes: OutcomeResult[] = [];
  const slot = cohort.slot[e] as number;
  for (const q of d.quotas) {
    if (withTrace && (q.movedFrom[e] as number) >= 0) trace.push(quotaMoveTrace(plan, q, e, slot));
    if (q.review[e] === 1) flags.push({ code: 'quota-tie-review', rule: q.quota.id, message: quotaReviewMessage(q.quota) });
  }
  for (const r of d.ranks) {
    if ((r.position[e] as number) >= 0) {
      const steps = rankSteps(r, e);
      outcomes.push(steps.outcome);
      if (withTrace) trace.push(steps.trace);
    }
    if (r.review[e] === 1) flags.push({ code: 'rank-tie-review', rule: r.rank.id, message: rankReviewMessage(r.rank) });
  }
  return { trace, flags, outcomes };
}

/** Subject `e`'s summary (see `CohortDecisions.summaries`); `conds` is scratch. */
function summaryAt(d: DecisionsInternal, e: number, levelBefore: Uint16Array, conds: Uint8Array): SubjectSummary {
  const { plan, cohort } = d;
  const steps = cohortSteps(d, e, false);
  return buildSummary(plan, cohort.layout, {
    id: cohort.ids[e] as string,
    scoreUnits: cohort.score[e] as number,
    unclampedUnits: cohort.unclamped[e] as number,
    band: cohort.band[e] as number,
    levelBeforeQuota: levelBefore[e] as number,
    finalLevel: cohort.level[e] as number,
    slot: cohort.slot[e] as number,
    bits: cohort.bits,
    at: e * cohort.layout.width,
    cohortFlags: steps.flags,
    cohortOutcomes: steps.outcomes,
  }, conds);
}

/**
 * Pass two: the full `SubjectResult` of one subject of a finished cohort (the same object
 * `evaluateCohort` puts in `results`), or undefined when the subject is not among the scored
 * (an error or a duplicate id). The subject must be the one added under its id.
 */
export function explainSubject(prepared: PreparedRubric, subject: unknown, decisions: CohortDecisions, index = 0): SubjectResult | undefined {
  const r = checkAndScore(prepared, subject, index);
  if (!r.ok) return undefined;
  return resultWithDecisions(internalsOf(decisions), r.scored);
}
