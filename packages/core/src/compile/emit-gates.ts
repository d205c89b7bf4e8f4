import type { PreparedPlan } from '../evaluate/plan.js';
import type { EmitContext } from './emit-rules.js';
import { idx, num } from './literal.js';
import { uniform } from './slots.js';

/**
 * The level from the score: `band` (the band of the subject's category slot), then `gates`, each
 * gate in the plan's order (demotions, caps, vetoes) when it applies and its condition holds, as
 * `scoreLean` does. The compiled scorer takes no overrides (a subject with any goes to the core),
 * so no soft gate is skipped here.
 */
export function emitLevel(plan: PreparedPlan, ctx: EmitContext): { band: string[]; gates: string[] } {
  const band: string[] = [];
  const out: string[] = [];
  const none = plan.levels.length;
  const bandChain = (slot: number): string => {
    const t = plan.bands[slot] as PreparedPlan['bands'][number];
    let chain = '';
    // What the tests before have shown: score < below. Bands listed best first and touching
    // (the usual case) then need one comparison each.
    let below = Infinity;
    for (let i = 0; i < t.has.length; i++) {
      if (t.has[i] !== 1) continue;
      const lo = t.min[i] as number;
      const hi = t.max[i] as number;
      const upper = hi >= below ? [] : [`score < ${num(hi)}`];
      const test = [...(lo === -Infinity ? [] : [`score >= ${num(lo)}`]), ...upper];
      chain += `${test.join(' && ') || 'true'} ? ${idx(i)} : `;
      // Failing `score >= lo` alone means score < lo; failing a pair means nothing certain.
      if (upper.length === 0 && lo !== -Infinity) below = lo;
    }
    return `${chain}${idx(t.has.length)}`;
  };
  if (plan.bands.length === 1) band.push(`level = ${bandChain(0)};`);
  else {
    plan.bands.forEach((_, s) => band.push(`${s === 0 ? '' : 'else '}if (slot === ${idx(s)}) level = ${bandChain(s)};`));
    band.push(`else level = ${idx(none)};`);
  }
  for (const gi of plan.gateOrder) {
    const g = plan.gates[gi] as PreparedPlan['gates'][number];
    let apply: string;
    const e = g.effect;
    if (e.kind === 'cap' || e.kind === 'veto') {
      const to = e.kind === 'veto' && e.level === undefined ? none : plan.levelIndex.get(e.level as string);
      apply = to === undefined ? `GP[${idx(gi)}].apply(level)` : `level < ${idx(to)} ? ${idx(to)} : level`;
    } else if (e.kind === "demote" && none > 0) apply = `level >= ${idx(none)} ? level : Math.min(level + ${num(e.by)}, ${idx(none - 1)})`;
    else apply = `GP[${idx(gi)}].apply(level)`;
    const when = `c${idx(g.site)}`;
    const applies = uniform(g.appliesBySlot);
    if (applies === 0) continue;
    if (applies === 1) out.push(`if (${when}) level = ${apply};`);
    else {
      ctx.tables.push(`const GS${idx(gi)} = P.gates[${idx(gi)}].appliesBySlot;`);
      out.push(`if (GS${idx(gi)}[slot] === 1 && ${when}) level = ${apply};`);
    }
  }
  return { band, gates: out };
}
