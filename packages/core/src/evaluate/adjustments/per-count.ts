import type { Adjustment } from '../../schema/adjustments.js';
import { SubjectFault } from '../fault.js';
import { en, fmtUnits, fmtValue } from '../format.js';
import { type AdjustmentKind, capped, zhVerb } from './kind.js';

type PerCountAdjustment = Extract<Adjustment, { kind: 'perCount' }>;

/** Points × count, e.g. −5 for each notified criticism; a missing count is 0. */
export const perCount: AdjustmentKind<PerCountAdjustment> = {
  kind: 'perCount',
  compile(adj, ctx, path) {
    const fact = ctx.fact(adj.fact, [...path, 'fact']);
    const slot = fact.index;
    const each = ctx.units(adj.points, [...path, 'points']);
    const cap = adj.cap === undefined ? undefined : ctx.units(adj.cap, [...path, 'cap']);
    const { scale } = ctx.unit;
    const count = (facts: readonly unknown[]): number => {
      const v = facts[slot];
      return v === undefined ? 0 : countOf(v);
    };
    const countOf = (v: unknown): number => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw new SubjectFault(`facts.${adj.fact}`, 'count-not-integer', {
          zh: `${adj.fact} 应为非负整数（次数），实际为 ${fmtValue(v)}`,
          en: `${adj.fact} must be a whole number of times, got ${fmtValue(v)}`,
        });
      }
      return v;
    };
    return {
      // A numeric fact is read unboxed; the count check still applies (its declaration may allow more).
      points: fact.numeric
        ? (_facts, num) => {
            const v = num[slot] as number;
            return capped((Number.isInteger(v) && v >= 0 ? v : countOf(v)) * each, cap);
          }
        : (facts) => capped(count(facts) * each, cap),
      explain(facts, _conds, units) {
        const n = count(facts);
        const verb = zhVerb(each);
        const abs = fmtUnits(Math.abs(each), scale);
        const raw = n * each;
        const tot = fmtUnits(Math.abs(units), scale);
        const capZh = raw !== units ? `（超过上限，按 ${tot} 分计）` : '';
        const capEn = raw !== units ? ` (capped at ${tot})` : '';
        const enVerb = each < 0 ? 'deducted' : 'added';
        if (n === 0) {
          return { zh: `${adj.label.zh} 0 次，不${verb}分`, en: `${en(adj.label)}: 0 times, no points ${enVerb}` };
        }
        return {
          zh: `${adj.label.zh} ${n} 次，每次${verb} ${abs} 分，共${verb} ${tot} 分${capZh}`,
          en: `${en(adj.label)}: ${n} time${n === 1 ? '' : 's'}, ${abs} points ${enVerb} each, ${tot} in total${capEn}`,
        };
      },
    };
  },
};
