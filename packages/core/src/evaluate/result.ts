import type { Flag, OutcomeResult, SubjectResult, TraceEntry } from '../result/types.js';
import type { EvaluationSource, ReviewFlag } from '../schema/sources.js';
import type { HistoryEntry } from '../schema/subject.js';
import { fromUnits } from '../decimal/decimal-string.js';
import type { CheckedSubject } from './facts/check-subject.js';
import { en } from './format.js';
import { outcomeKind } from './outcomes/registry.js';
import type { PreparedPlan } from './plan.js';
import { type Recorder, type ScoreState, evalSites, levelId, levelLabel, newRecorder, newScoreState, provenance, runPlan } from './run.js';

/** A subject scored with its explanation, before cohort steps and outcomes. */
export interface Scored {
  subject: CheckedSubject;
  conds: Uint8Array;
  state: ScoreState;
  rec: Recorder;
  flags: Flag[];
}

/**
 * Scores a checked subject with the full explanation. `conds` may be given (the async evaluator
 * passes json-rules-engine's results); otherwise every condition is evaluated here.
 */
export function scoreFull(plan: PreparedPlan, subject: CheckedSubject, given?: Uint8Array): Scored {
  const conds = given ?? new Uint8Array(plan.sites.length);
  if (!given) evalSites(plan, subject.facts, subject.num, conds, 0, plan.sites.length);
  const rec = newRecorder();
  const state = newScoreState();
  runPlan(plan, subject, conds, rec, state);
  const flags: Flag[] = [];
  conditionFlags(plan, conds, (flag, rule) => {
    flags.push(flag);
    rec.trace.push({ step: 'flag', rule: flag.rule as string, ...provenance(rule), message: flag.message });
  });
  return { subject, conds, state, rec, flags };
}

/**
 * The review flags a subject's conditions raise, in rubric order: declared flags whose condition
 * holds, then evaluation sources whose validity condition fails.
 */
export function conditionFlags(plan: PreparedPlan, conds: Uint8Array, each: (flag: Flag, rule: ReviewFlag | EvaluationSource) => void): void {
  for (const { flag, site } of plan.flags) {
    if (conds[site] !== 1) continue;
    each({ code: 'review', rule: flag.id, message: { zh: `需复核：${flag.label.zh}`, en: `for review: ${en(flag.label)}` } }, flag);
  }
  for (const { source, site } of plan.sources) {
    if (conds[site] === 1) continue;
    each({ code: 'source-invalid', rule: source.id, message: { zh: `需复核：${source.label.zh}的有效性条件不满足`, en: `for review: ${en(source.label)} is not valid` } }, source);
  }
}

/** The level a crosswalk maps the final level to (null: no counterpart). */
export function crosswalkTo(cw: PreparedPlan['crosswalks'][number], finalId: string | null): string | null {
  return finalId !== null && Object.prototype.hasOwnProperty.call(cw.map, finalId) ? (cw.map[finalId] as string) : null;
}

/** Whether a level index (levels.length = no level) is among a rule's levels. */
export function onLevel(plan: PreparedPlan, mask: Uint8Array, level: number): boolean {
  return level < plan.levels.length && mask[level] === 1;
}

/** A declared outcome applies: its level, the subject's category, and its condition. */
export function outcomeApplies(plan: PreparedPlan, o: PreparedPlan['outcomes'][number], finalLevel: number, slot: number, conds: Uint8Array): boolean {
  return onLevel(plan, o.levelMask, finalLevel) && o.appliesBySlot[slot] === 1 && (o.site < 0 || conds[o.site] === 1);
}

/** The earlier periods a history rule needs (consecutive − 1, latest first) were all on its levels. */
export function historyHeld(plan: PreparedPlan, h: PreparedPlan['history'][number], history: readonly HistoryEntry[]): boolean {
  const need = h.rule.consecutive - 1;
  if (history.length < need) return false;
  for (let i = 0; i < need; i++) {
    const l = (history[i] as HistoryEntry).level;
    if (l === null || h.levelMask[plan.levelIndex.get(l) as number] !== 1) return false;
  }
  return true;
}

/** Extra steps a cohort adds before outcomes: quota moves, rank labels, review flags. */
export interface CohortSteps {
  trace: TraceEntry[];
  flags: Flag[];
  outcomes: OutcomeResult[];
}

/**
 * The full result on the final level: crosswalks, outcomes and history rules (semantics 6–7).
 * For a single subject the final level is the level before quota.
 */
export function finishResult(plan: PreparedPlan, s: Scored, finalLevel: number, cohort?: CohortSteps): SubjectResult {
  const trace = s.rec.trace.slice();
  const flags = s.flags.slice();
  const outcomes: OutcomeResult[] = [];
  if (cohort) {
    trace.push(...cohort.trace);
    flags.push(...cohort.flags);
    outcomes.push(...cohort.outcomes);
  }
  const finalId = levelId(plan, finalLevel);
  const finalName = levelLabel(plan, finalLevel);

  const crosswalks: Record<string, string | null> = {};
  for (const cw of plan.crosswalks) {
    const to = crosswalkTo(cw, finalId);
    crosswalks[cw.id] = to;
    const target = cw.levels.find((l) => l.id === to);
    trace.push({
      step: 'crosswalk',
      rule: cw.id,
      from: finalId,
      to,
      ...provenance(cw),
      message: target
        ? { zh: `${finalName.zh}对应${cw.label.zh}：${target.label.zh}`, en: `${finalName.en} corresponds to ${en(cw.label)}: ${en(target.label)}` }
        : { zh: `${finalName.zh}在${cw.label.zh}中无对应等次`, en: `${finalName.en} has no counterpart in ${en(cw.label)}` },
    });
  }

  const slot = s.subject.slot;
  for (const o of plan.outcomes) {
    if (!outcomeApplies(plan, o, finalLevel, slot, s.conds)) continue;
    const kind = outcomeKind(o.outcome);
    outcomes.push(kind.result(o.outcome));
    trace.push({ step: 'outcome', rule: o.outcome.id, ...provenance(o.outcome), message: kind.explain(o.outcome, finalName) });
  }

  for (const h of plan.history) {
    if (!onLevel(plan, h.levelMask, finalLevel) || !historyHeld(plan, h, s.subject.history)) continue;
    const earlier = s.subject.history.slice(0, h.rule.consecutive - 1);
    const label = { zh: h.rule.label.zh, en: en(h.rule.label) };
    outcomes.push({ id: h.rule.id, kind: h.rule.outcome, from: 'history', label });
    const periods = [...earlier.map((e) => e.period)].reverse().join('、');
    trace.push({
      step: 'history',
      rule: h.rule.id,
      ...provenance(h.rule),
      message: {
        zh: `连续 ${h.rule.consecutive} 期（${periods} 及本期）均符合条件：${label.zh}`,
        en: `${h.rule.consecutive} periods running (${periods} and this one): ${label.en}`,
      },
    });
  }

  const scale = plan.unit.scale;
  const result: SubjectResult = {
    id: s.subject.id,
    score: fromUnits(s.state.score, scale),
    unclampedScore: fromUnits(s.state.unclamped, scale),
    bandLevel: levelId(plan, s.state.band),
    levelBeforeQuota: levelId(plan, s.state.level),
    level: finalId,
    sections: s.rec.sections,
    adjustments: s.rec.adjustments,
    gates: s.rec.gates,
    crosswalks,
    outcomes,
    flags,
    trace,
    rubric: { id: plan.ref.id, version: plan.ref.version, hash: plan.ref.hash },
  };
  if (s.subject.category !== undefined) result.category = s.subject.category;
  return result;
}
