import type { Adjustment } from '../../schema/adjustments.js';
import { en, fmtUnits } from '../format.js';
import { type AdjustmentKind, zhVerb } from './kind.js';

type FixedAdjustment = Extract<Adjustment, { kind: 'fixed' }>;

/** Fixed points when a condition holds, e.g. −5 when satisfaction is below 60%. */
export const fixed: AdjustmentKind<FixedAdjustment> = {
  kind: 'fixed',
  compile(adj, ctx, path) {
    const site = ctx.condition(adj.when, [...path, 'when']);
    const pts = ctx.units(adj.points, [...path, 'points']);
    const { scale } = ctx.unit;
    return {
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
};
