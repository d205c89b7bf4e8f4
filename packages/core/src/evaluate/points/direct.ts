import type { PointsRule } from '../../schema/indicators.js';
import type { CompiledPoints } from '../plan.js';
import { fmtUnits } from '../format.js';
import { flatBySlot } from '../batches.js';
import type { PointsKind } from './kind.js';
import { assessedUnits } from './shared.js';

type DirectPoints = Extract<PointsRule, { kind: 'direct' }>;

/** What the batch needs of one rule: its numeric fact, and the rubric's unit. */
interface DirectMember {
  fact: number;
  factor: number;
  precision: number;
}

/** The assessor's points, taken as they are; a missing optional fact scores 0. */
export const direct: PointsKind<DirectPoints, DirectMember> = {
  kind: 'direct',
  compile(rule, label, ctx, path) {
    const fact = ctx.fact(rule.fact, [...path, 'fact']);
    const slot = fact.index;
    const { unit } = ctx;
    const { factor, precisionUnits: precision } = unit;
    return {
      batchable: fact.numeric ? { fact: slot, factor, precision } : undefined,
      // A numeric fact is always there, and read unboxed.
      points: fact.numeric
        ? (_facts, num, maxUnits) => {
            // The common case decided here, unboxed; anything else (an error, a huge value) by assessedUnits.
            const v = num[slot] as number;
            const u = Math.round(v * factor);
            if (u / factor === v && u >= 0 && u <= maxUnits && Number.isInteger(u / precision)) return u === 0 ? 0 : u;
            return assessedUnits(v, rule.fact, unit, maxUnits);
          }
        : (facts, _num, maxUnits) => {
            const v = facts[slot];
            return v === undefined ? 0 : assessedUnits(v, rule.fact, unit, maxUnits);
          },
      explain(facts, maxUnits, units) {
        const p = fmtUnits(units, unit.scale);
        const m = fmtUnits(maxUnits, unit.scale);
        if (facts[slot] === undefined) {
          return { zh: `${label.zh}：未填报，按 0 分计（满分 ${m} 分）`, en: `${label.en}: not given, 0 of ${m} points` };
        }
        return { zh: `${label.zh}：得 ${p} 分（满分 ${m} 分）`, en: `${label.en}: ${p} of ${m} points` };
      },
    };
  },
  batch(members) {
    const n = members.length;
    const fact = Int32Array.from(members, (m) => m.data.fact);
    const slots = members[0]?.maxBySlot.length ?? 0;
    const max = flatBySlot(members.map((m) => m.maxBySlot), (k) => new Int32Array(k));
    const { factor, precision } = (members[0] as (typeof members)[number]).data;
    const one = members.map((m) => m.compiled);
    return (facts, num, slot) => {
      let total = 0;
      for (let r = 0; r < n; r++) {
        const m = max[r * slots + slot] as number;
        if (m < 0) continue;
        // The single rule's common case; anything else goes to the rule's own closure.
        const v = num[fact[r] as number] as number;
        const u = Math.round(v * factor);
        if (u / factor === v && u >= 0 && u <= m && Number.isInteger(u / precision)) total += u;
        else total += (one[r] as CompiledPoints).points(facts, num, m);
      }
      return total;
    };
  },
};
