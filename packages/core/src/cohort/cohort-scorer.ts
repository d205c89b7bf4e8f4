import type { DistributionRow, Flag, OutcomeResult, QuotaReport, RankReport, RubricRef, SubjectError, SubjectResult, TraceEntry } from '../result/types.js';
import { checkAndScore } from '../evaluate/evaluate-subject.js';
import { createLeanScorer } from '../evaluate/lean.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { finishResult, type Scored } from '../evaluate/result.js';
import { evalSites } from '../evaluate/run.js';
import { compareCodePoints } from '../hash/compare.js';
import { CompactCohort } from './compact.js';
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
  /** Final score in units, level index, category slot and input index, per subject. */
  score: Float64Array;
  level: Uint16Array;
  slot: Uint16Array;
  index: Float64Array;
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
export function createCohortScorer(prepared: PreparedRubric): CohortScorer {
  const plan = prepared.plan;
  const lean = createLeanScorer(prepared);
  const cohort = new CompactCohort(plan);
  const errors: SubjectError[] = [];
  /** Ids of subjects in error: a good subject sharing one is a duplicate too. */
  const errorIds = new Map<string, number>();
  const reportSites = plan.sites.length - plan.scoreSites;
  const reportMayThrow = plan.sites.slice(plan.scoreSites).some((s) => s.compiled.mayThrow);
  const conds = new Uint8Array(plan.sites.length);
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

  return {
    add(subject, index) {
      if (finished) throw new Error('createCohortScorer: add after finish');
      const r = lean(subject, index);
      if (Array.isArray(r)) return fail(subject, index);
      if (reportSites > 0 && reportMayThrow) {
        try {
          evalSites(plan, r.facts, conds, plan.scoreSites, plan.sites.length);
        } catch {
          return fail(subject, index);
        }
      }
      cohort.push((subject as { id: string }).id, r.scoreUnits, r.level, r.slot, index, r.facts);
      return true;
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
        level: cohort.level.slice(0, n),
        slot: cohort.slot.slice(0, n),
        index: cohort.index.slice(0, n),
        tieValues: cohort.tieValues,
        errors,
        errorIds: [...errorIds],
      };
    },
    merge(part) {
      if (finished) throw new Error('createCohortScorer: merge after finish');
      if (part.tieValues.length !== cohort.tieValues.length) throw new Error('createCohortScorer: a part of another rubric');
      const base = cohort.count;
      for (let i = 0; i < part.ids.length; i++) {
        cohort.push(part.ids[i] as string, part.score[i] as number, part.level[i] as number, part.slot[i] as number, part.index[i] as number, []);
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
  const cohort = new CompactCohort(plan);
  for (const s of scored) cohort.push(s.subject.id, s.state.score, s.state.level, s.subject.slot, s.subject.index, s.subject.facts);
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
    cohort = new CompactCohort(plan);
    const tie = [...all.tieSlot.values()];
    for (let e = 0; e < all.count; e++) {
      if (dup[e] === 1) continue;
      const f = cohort.push(all.ids[e] as string, all.score[e] as number, all.level[e] as number, all.slot[e] as number, all.index[e] as number, []);
      for (const k of tie) (cohort.tieValues[k] as unknown[])[f] = (all.tieValues[k] as unknown[])[e];
    }
  }
  const sorted = dups > 0 ? cohort.byId() : byId;

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
  };
  INTERNAL.set(decisions, internal);
  return decisions;
}

/** @internal The full result of a scored subject with the steps the cohort added. */
export function resultWithDecisions(d: DecisionsInternal, s: Scored): SubjectResult | undefined {
  const { plan, cohort } = d;
  const e = cohort.find(d.sorted, s.subject.id);
  if (e < 0) return undefined;
  const trace: TraceEntry[] = [];
  const flags: Flag[] = [];
  const outcomes: OutcomeResult[] = [];
  const slot = cohort.slot[e] as number;
  for (const q of d.quotas) {
    if ((q.movedFrom[e] as number) >= 0) trace.push(quotaMoveTrace(plan, q, e, slot));
    if (q.review[e] === 1) flags.push({ code: 'quota-tie-review', rule: q.quota.id, message: quotaReviewMessage(q.quota) });
  }
  for (const r of d.ranks) {
    if ((r.position[e] as number) >= 0) {
      const steps = rankSteps(r, e);
      outcomes.push(steps.outcome);
      trace.push(steps.trace);
    }
    if (r.review[e] === 1) flags.push({ code: 'rank-tie-review', rule: r.rank.id, message: rankReviewMessage(r.rank) });
  }
  return finishResult(plan, s, cohort.level[e] as number, { trace, flags, outcomes });
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
