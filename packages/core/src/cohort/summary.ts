import type { Flag, OutcomeResult, SubjectSummary } from '../result/types.js';
import type { HistoryEntry } from '../schema/subject.js';
import { fromUnits } from '../decimal/decimal-string.js';
import { en } from '../evaluate/format.js';
import { outcomeKind } from '../evaluate/outcomes/registry.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import { conditionFlags, crosswalkTo, historyHeld, onLevel, outcomeApplies } from '../evaluate/result.js';
import { levelId } from '../evaluate/run.js';

/**
 * What a summary needs beyond score and level, kept per subject as one byte each: the conditions
 * that flags, evaluation sources and outcomes read, then whether each history rule's earlier
 * periods held. A few bytes instead of the subject, so a cohort's summaries need no second pass.
 */
export interface SummaryLayout {
  /** Condition sites, in the order their bytes are kept. */
  sites: Int32Array;
  /** Bytes per subject: sites, then one per history rule. */
  width: number;
}

export function summaryLayout(plan: PreparedPlan): SummaryLayout {
  const sites = new Set<number>();
  for (const f of plan.flags) sites.add(f.site);
  for (const s of plan.sources) sites.add(s.site);
  for (const o of plan.outcomes) if (o.site >= 0) sites.add(o.site);
  const list = Int32Array.from([...sites].sort((a, b) => a - b));
  return { sites: list, width: list.length + plan.history.length };
}

/** Writes one subject's bytes at `bits[at … at + width)`. */
export function writeSummaryBits(plan: PreparedPlan, layout: SummaryLayout, conds: Uint8Array, history: readonly HistoryEntry[], bits: Uint8Array, at: number): void {
  const { sites } = layout;
  for (let k = 0; k < sites.length; k++) bits[at + k] = conds[sites[k] as number] as number;
  for (let h = 0; h < plan.history.length; h++) {
    bits[at + sites.length + h] = historyHeld(plan, plan.history[h] as PreparedPlan['history'][number], history) ? 1 : 0;
  }
}

/** One subject's numbers and bytes, as the cohort holds them. */
export interface SummaryInput {
  id: string;
  scoreUnits: number;
  unclampedUnits: number;
  band: number;
  levelBeforeQuota: number;
  finalLevel: number;
  slot: number;
  bits: Uint8Array;
  at: number;
  /** The cohort's own flags and outcomes (quota and rank), in the order a full result lists them. */
  cohortFlags: Flag[];
  cohortOutcomes: OutcomeResult[];
}

/**
 * A subject's summary from what the cohort kept, built the way `finishResult` builds those fields
 * (the same predicates, the same order): condition flags then the cohort's; the cohort's outcomes,
 * then declared outcomes, then history rules.
 * @param conds scratch of plan.sites.length, overwritten.
 */
export function buildSummary(plan: PreparedPlan, layout: SummaryLayout, s: SummaryInput, conds: Uint8Array): SubjectSummary {
  const { sites } = layout;
  for (let k = 0; k < sites.length; k++) conds[sites[k] as number] = s.bits[s.at + k] as number;
  const flags: Flag[] = [];
  conditionFlags(plan, conds, (f) => flags.push(f));
  flags.push(...s.cohortFlags);
  const outcomes: OutcomeResult[] = [...s.cohortOutcomes];
  for (const o of plan.outcomes) if (outcomeApplies(plan, o, s.finalLevel, s.slot, conds)) outcomes.push(outcomeKind(o.outcome).result(o.outcome));
  plan.history.forEach((h, i) => {
    if (!onLevel(plan, h.levelMask, s.finalLevel) || s.bits[s.at + sites.length + i] !== 1) return;
    outcomes.push({ id: h.rule.id, kind: h.rule.outcome, from: 'history', label: { zh: h.rule.label.zh, en: en(h.rule.label) } });
  });
  const finalId = levelId(plan, s.finalLevel);
  const crosswalks: Record<string, string | null> = {};
  for (const cw of plan.crosswalks) crosswalks[cw.id] = crosswalkTo(cw, finalId);
  const scale = plan.unit.scale;
  const summary: SubjectSummary = {
    id: s.id,
    score: fromUnits(s.scoreUnits, scale),
    unclampedScore: fromUnits(s.unclampedUnits, scale),
    bandLevel: levelId(plan, s.band),
    levelBeforeQuota: levelId(plan, s.levelBeforeQuota),
    level: finalId,
    crosswalks,
    outcomes,
    flags,
    rubric: { id: plan.ref.id, version: plan.ref.version, hash: plan.ref.hash },
  };
  if (s.slot > 0) summary.category = plan.categories[s.slot - 1] as string;
  return summary;
}
