import { factReader } from '../../conditions/compile.js';
import { decimalPlaces, pow10, toUnitsExact, toUnitsFast } from '../../decimal/decimal-string.js';
import { mulDivRound } from '../../decimal/rounding.js';
import type { PointsRule } from '../../schema/indicators.js';
import { SubjectFault } from '../fault.js';
import { fmtNumber, fmtUnits, fmtValue } from '../format.js';
import type { PointsKind } from './kind.js';
import { missingFact } from './shared.js';

type LinearPoints = Extract<PointsRule, { kind: 'linear' }>;

/** Enough decimal places for any measured value a form would hold; finer values take the slow path. */
const FAST_PLACES = 6;

/**
 * A measured fact mapped linearly onto 0..max between `lower` (0 points) and `upper` (full points),
 * reversed when `invert`, outside the range held at 0 or max; the exact fraction is rounded to the
 * precision with the rubric's rounding mode.
 */
export const linear: PointsKind<LinearPoints> = {
  kind: 'linear',
  compile(rule, label, ctx, path) {
    const fact = ctx.fact(rule.fact, [...path, 'fact']);
    const slot = fact.index;
    const read = factReader(slot, fact.numeric);
    if (rule.lower === rule.upper) ctx.fail([...path, 'upper'], 'linear-empty', 'lower 与 upper 不能相等', 'lower and upper must differ');
    const { unit, rounding } = ctx;
    const needed = Math.max(decimalPlaces(rule.lower), decimalPlaces(rule.upper));
    let places = Math.max(FAST_PLACES, needed);
    // Large bounds: use fewer spare places so the bounds stay safe integers.
    while (places > needed && (toUnitsExact(rule.lower, places) === undefined || toUnitsExact(rule.upper, places) === undefined)) places--;
    if (toUnitsExact(rule.lower, places) === undefined || toUnitsExact(rule.upper, places) === undefined) {
      ctx.fail([...path, 'upper'], 'linear-range', 'lower 与 upper 超出可精确计算的范围', 'lower and upper are too large to compute exactly');
    }
    const factor = pow10(places);
    // The value that earns 0 points and the one that earns full points.
    const zeroAt = rule.invert ? rule.upper : rule.lower;
    const fullAt = rule.invert ? rule.lower : rule.upper;
    const rising = fullAt > zeroAt;
    const Z = toUnitsExact(zeroAt, places) as number;
    const F = toUnitsExact(fullAt, places) as number;
    const compute = (v: unknown, maxUnits: number): number => {
      if (v === undefined) throw missingFact(rule.fact);
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new SubjectFault(`facts.${rule.fact}`, 'fact-type', {
          zh: `${rule.fact} 应为数字，实际为 ${fmtValue(v)}`,
          en: `${rule.fact} must be a number, got ${fmtValue(v)}`,
        });
      }
      // Outside the range the ends hold (compared as numbers: rounding to the nearest double keeps order).
      if (rising ? v <= zeroAt : v >= zeroAt) return 0;
      if (rising ? v >= fullAt : v <= fullAt) return maxUnits;
      // Inside the range, the exact fraction (x − Z) / (F − Z) in a common decimal unit.
      let x = toUnitsFast(v, places, factor);
      let z = Z;
      let f = F;
      if (x === undefined) {
        const p = decimalPlaces(v);
        x = toUnitsExact(v, p) as number;
        z = toUnitsExact(zeroAt, p) as number;
        f = toUnitsExact(fullAt, p) as number;
      }
      const num = rising ? x - z : z - x;
      const den = rising ? f - z : z - f;
      const steps = mulDivRound(maxUnits, num, den * unit.precisionUnits, rounding);
      return Math.min(steps * unit.precisionUnits, maxUnits);
    };
    return {
      points: (facts, num, maxUnits) => compute(read(facts, num), maxUnits),
      explain(facts, maxUnits, units) {
        const v = fmtValue(facts[slot]);
        const p = fmtUnits(units, unit.scale);
        const m = fmtUnits(maxUnits, unit.scale);
        const lo = fmtNumber(rule.invert ? rule.upper : rule.lower);
        const hi = fmtNumber(rule.invert ? rule.lower : rule.upper);
        return {
          zh: `${label.zh}：实际值 ${v}，在 ${lo}（0 分）至 ${hi}（满分）之间按比例折算，得 ${p} 分（满分 ${m} 分）`,
          en: `${label.en}: value ${v}, scaled between ${lo} (0 points) and ${hi} (full points): ${p} of ${m} points`,
        };
      },
    };
  },
};
