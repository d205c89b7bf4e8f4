import { factReader } from '../../conditions/compile.js';
import type { FactSlot } from '../plan.js';
import { decimalPlaces, pow10, toUnitsExact } from '../../decimal/decimal-string.js';
import { divRound } from '../../decimal/rounding.js';
import type { PointsRule } from '../../schema/indicators.js';
import { fmtNumber, fmtUnits } from '../format.js';
import type { PointsKind } from './kind.js';
import { assessedUnits, missingFact } from './shared.js';

type RatersPoints = Extract<PointsRule, { kind: 'raters' }>;

const readerOf = (f: FactSlot) => factReader(f.index, f.numeric);

/**
 * Points from several raters (self, members and public, superior), each within 0..max, combined
 * by weight exactly (weights as integers of their own decimal unit), then rounded to the precision.
 */
export const raters: PointsKind<RatersPoints> = {
  kind: 'raters',
  compile(rule, label, ctx, path) {
    const wPlaces = Math.max(0, ...rule.parts.map((p) => decimalPlaces(p.weight)));
    const wFactor = pow10(wPlaces);
    const parts = rule.parts.map((p, i) => ({
      fact: p.fact,
      source: p.source,
      slot: ctx.fact(p.fact, [...path, 'parts', i, 'fact']).index,
      read: readerOf(ctx.fact(p.fact, [...path, 'parts', i, 'fact'])),
      weight: toUnitsExact(p.weight, wPlaces) as number,
    }));
    const total = parts.reduce((s, p) => s + p.weight, 0);
    if (total !== wFactor) ctx.fail([...path, 'parts'], 'weights-sum', '各评价主体的权重之和应为 1', 'the weights must add up to 1');
    const { unit, rounding } = ctx;
    const values = (facts: readonly unknown[], maxUnits: number): number[] =>
      parts.map((p) => {
        const v = facts[p.slot];
        if (v === undefined) throw missingFact(p.fact);
        return assessedUnits(v, p.fact, unit, maxUnits);
      });
    return {
      points(facts, num, maxUnits) {
        let sum = 0;
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i] as (typeof parts)[number];
          const v = p.read(facts, num);
          if (v === undefined) throw missingFact(p.fact);
          sum += assessedUnits(v, p.fact, unit, maxUnits) * p.weight;
        }
        return divRound(sum, wFactor * unit.precisionUnits, rounding) * unit.precisionUnits;
      },
      explain(facts, maxUnits, units) {
        const vs = values(facts, maxUnits);
        const terms = parts.map((p, i) => `${fmtUnits(vs[i] as number, unit.scale)} × ${fmtNumber(p.weight / wFactor)}`).join(' + ');
        const p = fmtUnits(units, unit.scale);
        const m = fmtUnits(maxUnits, unit.scale);
        return {
          zh: `${label.zh}：各评价主体加权（${terms}），得 ${p} 分（满分 ${m} 分）`,
          en: `${label.en}: weighted ratings (${terms}) give ${p} of ${m} points`,
        };
      },
    };
  },
};
