import type { Adjustment } from '../../schema/adjustments.js';
import { adjustmentTables } from '../batches.js';
import { en, fmtUnits } from '../format.js';
import { type AdjustmentKind, zhVerb } from './kind.js';

type FixedAdjustment = Extract<Adjustment, { kind: 'fixed' }>;

/** What the batch needs of one rule: its condition site and points. */
interface FixedMember {
  site: number;
  points: number;
}

/** Fixed points when a condition holds, e.g. −5 when satisfaction is below 60%. */
export const fixed: AdjustmentKind<FixedAdjustment, FixedMember> = {
  kind: 'fixed',
  compile(adj, ctx, path) {
    const site = ctx.condition(adj.when, [...path, 'when']);
    const pts = ctx.units(adj.points, [...path, 'points']);
    const { scale } = ctx.unit;
    return {
      batchable: { site, points: pts },
      points: (_facts, _num, conds) => (conds[site] === 1 ? pts : 0),
      explain(_facts, conds, units) {
        if (conds[site] !== 1) return { zh: `${adj.label.zh}：条件不成立，不加减分`, en: `${en(adj.label)}: does not apply, no points` };
        const enVerb = units < 0 ? 'deducted' : 'added';
        return {
          zh: `${adj.label.zh}，${zhVerb(units)} ${fmtUnits(Math.abs(units), scale)} 分`,
          en: `${en(adj.label)}: ${fmtUnits(Math.abs(units), scale)} points ${enVerb}`,
        };
      },
    };
  },
  batch(members) {
    const n = members.length;
    const site = Int32Array.from(members, (m) => m.data.site);
    const points = Float64Array.from(members, (m) => m.data.points);
    const { group, slots, applies } = adjustmentTables(members);
    return (_facts, _num, conds, slot, groupRaw) => {
      let total = 0;
      for (let r = 0; r < n; r++) {
        if (applies[r * slots + slot] !== 1 || conds[site[r] as number] !== 1) continue;
        const u = points[r] as number;
        const g = group[r] as number;
        if (g >= 0) groupRaw[g] = (groupRaw[g] as number) + u;
        else total += u;
      }
      return total;
    };
  },
};
