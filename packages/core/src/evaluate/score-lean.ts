import type { PreparedPlan } from './plan.js';
import { type RunInput, type ScoreState, bandOf, clampScore } from './run.js';

/**
 * The hot path's scoring (semantics 2–4, as `runPlan`, without the explanation): indicators and
 * adjustments a kind at a time (see batches.ts), group caps, clamp, band, then gates (demotions,
 * caps, vetoes; overridden soft gates skipped). Allocates nothing. `runPlan` with a recorder is
 * the rule-by-rule reference it is property-tested against.
 */
export function scoreLean(plan: PreparedPlan, input: RunInput, conds: Uint8Array, out: ScoreState): void {
  const { facts, num, slot } = input;
  let total = 0;
  const ib = plan.indicatorBatches;
  for (let i = 0; i < ib.length; i++) total += (ib[i] as PreparedPlan['indicatorBatches'][number])(facts, num, slot);

  const groups = plan.groups;
  // Scoring is synchronous, so one scratch buffer per plan is never shared by two calls.
  const groupRaw = plan.groupScratch;
  if (groups.length > 0) groupRaw.fill(0);
  const ab = plan.adjustmentBatches;
  for (let i = 0; i < ab.length; i++) total += (ab[i] as PreparedPlan['adjustmentBatches'][number])(facts, num, conds, slot, groupRaw);
  for (let g = 0; g < groups.length; g++) {
    const gp = groups[g] as PreparedPlan['groups'][number];
    const raw = groupRaw[g] as number;
    total += raw > gp.maxUnits ? gp.maxUnits : raw < gp.minUnits ? gp.minUnits : raw;
  }

  out.unclamped = total;
  const score = clampScore(plan, total);
  out.score = score;
  let level = bandOf(plan, slot, score);
  out.band = level;

  const gates = plan.gates;
  const order = plan.gateOrder;
  const overrides = input.overrides;
  for (let k = 0; k < order.length; k++) {
    const gi = order[k] as number;
    const g = gates[gi] as PreparedPlan['gates'][number];
    if (g.appliesBySlot[slot] !== 1 || conds[g.site] !== 1) continue;
    if (g.soft && overrides.size > 0 && overrides.has(gi)) continue;
    level = g.compiled.apply(level);
  }
  out.level = level;
}
