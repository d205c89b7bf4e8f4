import type { Adjustment } from '../../schema/adjustments.js';
import { adjustmentTables } from '../batches.js';
import type { CompiledAdjustment } from '../plan.js';
import { SubjectFault } from '../fault.js';
import { en, fmtUnits, fmtValue } from '../format.js';
import { type AdjustmentKind, capped, zhVerb } from './kind.js';

type PerCountAdjustment = Extract<Adjustment, { kind: 'perCount' }>;

/** What the batch needs of one rule: its numeric fact, points each, and cap (Infinity: none). */
interface PerCountMember {
  fact: number;
  each: number;
  cap: number;
}

/** Points × count, e.g. −5 for each notified criticism; a missing count is 0. */
export const perCount: AdjustmentKind<PerCountAdjustment, PerCountMember> = {
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
      batchable: fact.numeric ? { fact: slot, each, cap: cap ?? Infinity } : undefined,
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
  batch(members) {
    const n = members.length;
    const fact = Int32Array.from(members, (m) => m.data.fact);
    const each = Float64Array.from(members, (m) => m.data.each);
    const cap = Float64Array.from(members, (m) => m.data.cap);
    const { group, slots, applies } = adjustmentTables(members);
    const one = members.map((m) => m.compiled);
    return (facts, num, conds, slot, groupRaw) => {
      let total = 0;
      for (let r = 0; r < n; r++) {
        if (applies[r * slots + slot] !== 1) continue;
        const v = num[fact[r] as number] as number;
        let u: number;
        if (Number.isInteger(v) && v >= 0) {
          // capped(), with an absent cap as Infinity.
          u = v * (each[r] as number);
          const c = cap[r] as number;
          if (u > c) u = c;
          else if (u < -c) u = -c;
        } else u = (one[r] as CompiledAdjustment).points(facts, num, conds);
        const g = group[r] as number;
        if (g >= 0) groupRaw[g] = (groupRaw[g] as number) + u;
        else total += u;
      }
      return total;
    };
  },
};
