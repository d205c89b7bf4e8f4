import type { AdjustmentResult, GateResult, SectionResult, TraceEntry } from '../result/types.js';
import type { Clause } from '../schema/common.js';
import type { Override } from '../schema/subject.js';
import { SubjectFault } from './fault.js';
import { fromUnits } from '../decimal/decimal-string.js';
import { en, fmtUnits } from './format.js';
import type { NumericFacts, PreparedPlan } from './plan.js';

/** What scoring needs from a checked subject. */
export interface RunInput {
  facts: readonly unknown[];
  /** The numeric facts (see `NumericFacts`). */
  num: NumericFacts;
  /** Category slot (0 = none). */
  slot: number;
  overrides: ReadonlyMap<number, Override>;
}

/** The hot-path output: score in units and level indexes (levels.length = no level). */
export interface ScoreState {
  unclamped: number;
  score: number;
  band: number;
  level: number;
}

/** Collects the explanation when a full result is wanted; scoring is the same without it. */
export interface Recorder {
  sections: SectionResult[];
  adjustments: AdjustmentResult[];
  gates: GateResult[];
  trace: TraceEntry[];
}

export function newRecorder(): Recorder {
  return { sections: [], adjustments: [], gates: [], trace: [] };
}

export function newScoreState(): ScoreState {
  return { unclamped: 0, score: 0, band: 0, level: 0 };
}

/**
 * A trace entry `{ step, rule, amount, clause?, assumptions?, message }` built in place (keys in
 * that order, as the spread of `provenance` gives them) without the intermediate object: indicators
 * and adjustments make one per rule per subject.
 */
export function amountEntry(step: TraceEntry['step'], rule: string, amount: number, src: { clause?: Clause | undefined; assumptions?: string[] | undefined }, message: TraceEntry['message']): TraceEntry {
  const e = { step, rule, amount } as TraceEntry;
  if (src.clause) e.clause = src.clause;
  if (src.assumptions && src.assumptions.length > 0) e.assumptions = src.assumptions;
  e.message = message;
  return e;
}

/** The clause and assumptions of a rule, for its trace entries. */
export function provenance(rule: { clause?: Clause | undefined; assumptions?: string[] | undefined }): Pick<TraceEntry, 'clause' | 'assumptions'> {
  const out: Pick<TraceEntry, 'clause' | 'assumptions'> = {};
  if (rule.clause) out.clause = rule.clause;
  if (rule.assumptions && rule.assumptions.length > 0) out.assumptions = rule.assumptions;
  return out;
}

/**
 * Evaluates condition sites [from, to) into `conds` (1 = holds). A condition that throws (where
 * json-rules-engine would reject) is the subject's error, named by the rule.
 */
export function evalSites(plan: PreparedPlan, facts: readonly unknown[], num: NumericFacts, conds: Uint8Array, from: number, to: number): void {
  const sites = plan.sites;
  for (let i = from; i < to; i++) {
    const site = sites[i] as PreparedPlan['sites'][number];
    try {
      conds[i] = site.compiled.test(facts, num) ? 1 : 0;
    } catch (e) {
      const where = site.path.join('.');
      throw new SubjectFault(`facts`, 'condition-error', {
        zh: `无法判断规则条件（${where}）：${(e as Error).message}`,
        en: `the condition at ${where} cannot be evaluated: ${(e as Error).message}`,
      });
    }
  }
}

/** The best level whose band holds the score (bands are half-open, min ≤ s < max). */
export function bandOf(plan: PreparedPlan, slot: number, score: number): number {
  const t = plan.bands[slot] as PreparedPlan['bands'][number];
  const n = t.has.length;
  for (let i = 0; i < n; i++) if (t.has[i] === 1 && score >= (t.min[i] as number) && score < (t.max[i] as number)) return i;
  return n;
}

/** The score clamped to the scale when the rubric clamps (semantics 3). */
export function clampScore(plan: PreparedPlan, total: number): number {
  if (!plan.clamp) return total;
  return total > plan.scaleMaxUnits ? plan.scaleMaxUnits : total < plan.scaleMinUnits ? plan.scaleMinUnits : total;
}

/** Level index → id (null past the last level). */
export function levelId(plan: PreparedPlan, idx: number): string | null {
  return plan.levels[idx]?.id ?? null;
}

export function levelLabel(plan: PreparedPlan, idx: number): { zh: string; en: string } {
  const l = plan.levels[idx];
  return l ? { zh: l.label.zh, en: en(l.label) } : { zh: '不定等次', en: 'no level' };
}

/**
 * Scores one subject (semantics 2–4): indicators, adjustments with their own caps and group caps,
 * clamp, band, then gates (demotions, caps, vetoes; overridden soft gates skipped). With a
 * recorder the same steps are explained; without one nothing is allocated.
 */
export function runPlan(plan: PreparedPlan, input: RunInput, conds: Uint8Array, rec: Recorder | null, out: ScoreState): void {
  const { facts, num, slot } = input;
  const scale = plan.unit.scale;
  let total = 0;

  // Indicators.
  const inds = plan.indicators;
  let section: SectionResult | undefined;
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i] as PreparedPlan['indicators'][number];
    const max = ind.maxBySlot[slot] as number;
    const applicable = max >= 0;
    const pts = applicable ? ind.compiled.points(facts, num, max) : 0;
    total += pts;
    if (rec) {
      const secDecl = plan.sections[ind.section] as PreparedPlan['sections'][number];
      if (!section || section.id !== secDecl.id) {
        section = { id: secDecl.id, points: 0, max: 0, indicators: [] };
        rec.sections.push(section);
      }
      const maxUnits = applicable ? max : 0;
      section.indicators.push({ id: ind.id, points: fromUnits(pts, scale), max: fromUnits(maxUnits, scale), applicable });
      section.points += pts;
      section.max += maxUnits;
      if (applicable) {
        rec.trace.push(amountEntry('indicator', ind.id, fromUnits(pts, scale), ind.indicator, ind.compiled.explain(facts, max, pts)));
      }
    }
  }
  if (rec) {
    // Section totals were summed in units; convert once.
    for (const s of rec.sections) {
      s.points = fromUnits(s.points, scale);
      s.max = fromUnits(s.max, scale);
    }
  }

  // Adjustments, each with its own cap, then group caps.
  const adjs = plan.adjustments;
  const groups = plan.groups;
  // Scoring is synchronous, so one scratch buffer per plan is never shared by two calls.
  const groupRaw = groups.length > 0 ? plan.groupScratch.fill(0) : undefined;
  for (let i = 0; i < adjs.length; i++) {
    const a = adjs[i] as PreparedPlan['adjustments'][number];
    if (a.appliesBySlot[slot] !== 1) continue;
    const pts = a.compiled.points(facts, num, conds);
    if (a.group >= 0 && groupRaw) groupRaw[a.group] = (groupRaw[a.group] as number) + pts;
    else total += pts;
    if (rec) {
      rec.adjustments.push({ id: a.id, points: fromUnits(pts, scale), ...(a.adjustment.group ? { group: a.adjustment.group } : {}) });
      if (pts !== 0) rec.trace.push(amountEntry('adjustment', a.id, fromUnits(pts, scale), a.adjustment, a.compiled.explain(facts, conds, pts)));
    }
  }
  if (groupRaw) {
    for (let g = 0; g < groups.length; g++) {
      const gp = groups[g] as PreparedPlan['groups'][number];
      const raw = groupRaw[g] as number;
      const kept = raw > gp.maxUnits ? gp.maxUnits : raw < gp.minUnits ? gp.minUnits : raw;
      total += kept;
      if (rec && kept !== raw) {
        const r = fmtUnits(raw, scale);
        const k = fmtUnits(kept, scale);
        const over = raw > kept;
        rec.trace.push({
          step: 'group-cap',
          rule: gp.group.id,
          amount: fromUnits(kept - raw, scale),
          ...provenance(gp.group),
          message:
            !over && kept <= 0
              ? {
                  // A floor on deductions reads as "at most N points deducted".
                  zh: `${gp.group.label.zh}合计扣 ${fmtUnits(-raw, scale)} 分，超过最多扣 ${fmtUnits(-kept, scale)} 分的限制，按扣 ${fmtUnits(-kept, scale)} 分计`,
                  en: `${en(gp.group.label)}: ${fmtUnits(-raw, scale)} points deducted in total, more than the limit of ${fmtUnits(-kept, scale)}; counted as ${fmtUnits(-kept, scale)}`,
                }
              : {
                  zh: `${gp.group.label.zh}合计 ${r} 分，${over ? '超过上限' : '低于下限'} ${k} 分，按 ${k} 分计`,
                  en: `${en(gp.group.label)}: ${r} points in total, ${over ? 'above the limit' : 'below the floor'} of ${k}, counted as ${k}`,
                },
        });
      }
    }
  }

  // Clamp.
  out.unclamped = total;
  const score = clampScore(plan, total);
  out.score = score;
  if (rec && score !== total) {
    const t = fmtUnits(total, scale);
    const s = fmtUnits(score, scale);
    const high = total > score;
    rec.trace.push({
      step: 'clamp',
      rule: 'scale',
      amount: fromUnits(score - total, scale),
      message: high
        ? { zh: `总分 ${t} 分超过满分 ${s} 分，按 ${s} 分计`, en: `the total ${t} is above the full score ${s}; counted as ${s}` }
        : { zh: `总分 ${t} 分低于最低分 ${s} 分，按 ${s} 分计`, en: `the total ${t} is below the minimum ${s}; counted as ${s}` },
    });
  }

  // Band.
  let level = bandOf(plan, slot, score);
  out.band = level;
  if (rec) {
    const s = fmtUnits(score, scale);
    const l = levelLabel(plan, level);
    rec.trace.push({
      step: 'band',
      rule: levelId(plan, level) ?? 'levels',
      to: levelId(plan, level),
      ...(plan.levels[level] ? provenance(plan.levels[level]) : {}),
      message: plan.levels[level]
        ? { zh: `得分 ${s} 分，对应等次：${l.zh}`, en: `score ${s}: band ${l.en}` }
        : { zh: `得分 ${s} 分，不在任何等次的分数段内，不定等次`, en: `score ${s} is in no level's band: no level` },
    });
  }

  // Gates: demotions, caps, vetoes.
  const gates = plan.gates;
  const order = plan.gateOrder;
  const gateResults: (GateResult | undefined)[] | undefined = rec ? new Array(gates.length) : undefined;
  for (let k = 0; k < order.length; k++) {
    const gi = order[k] as number;
    const g = gates[gi] as PreparedPlan['gates'][number];
    if (g.appliesBySlot[slot] !== 1) continue;
    const triggered = conds[g.site] === 1;
    const override = triggered && g.soft ? input.overrides.get(gi) : undefined;
    const from = level;
    if (triggered && !override) level = g.compiled.apply(level);
    if (gateResults && rec) {
      const r: GateResult = { id: g.id, effect: g.effect, triggered };
      if (override) r.overridden = { reason: override.reason, ...(override.by !== undefined ? { by: override.by } : {}) };
      gateResults[gi] = r;
      if (override) {
        const by = override.by ? `（批准：${override.by}）` : '';
        const byEn = override.by ? ` (authorised by ${override.by})` : '';
        rec.trace.push({
          step: 'override',
          rule: g.id,
          ...provenance(g.gate),
          message: {
            zh: `${g.gate.label.zh}：属“原则上”规定，已特批不适用，理由：${override.reason}${by}`,
            en: `${en(g.gate.label)}: a rule "in principle", lifted by override: ${override.reason}${byEn}`,
          },
        });
      } else if (triggered) {
        const m = g.compiled.explain(from, level);
        rec.trace.push({
          step: 'gate',
          rule: g.id,
          from: levelId(plan, from),
          to: levelId(plan, level),
          ...provenance(g.gate),
          message: { zh: `${g.gate.label.zh}：${m.zh}`, en: `${en(g.gate.label)}: ${m.en}` },
        });
      }
    }
  }
  if (gateResults && rec) for (const r of gateResults) if (r) rec.gates.push(r);
  out.level = level;
}
