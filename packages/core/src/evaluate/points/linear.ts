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
    const slot = ctx.fact(rule.fact, [...path, 'fact']).index;
    if (rule.lower === rule.upper) ctx.fail([...path, 'upper'], 'linear-empty', 'lower 与 upper 不能相等', 'lower and upper must differ');
    const { unit, rounding } = ctx;
    const places = Math.max(FAST_PLACES, decimalPlaces(rule.lower), decimalPlaces(rule.upper));
    const factor = pow10(places);
    const L = toUnitsExact(rule.lower, places) as number;
    const U = toUnitsExact(rule.upper, places) as number;
    const valueUnits = (x: number): [number, number, number] => {
      const fast = toUnitsFast(x, places, factor);
      if (fast !== undefined) return [fast, L, U];
      // A value finer than 10^-places: rescale everything to its own places.
      const p = decimalPlaces(x);
      return [toUnitsExact(x, p) as number, toUnitsExact(rule.lower, p) as number, toUnitsExact(rule.upper, p) as number];
    };
    const compute = (v: unknown, maxUnits: number): number => {
      if (v === undefined) throw missingFact(rule.fact);
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new SubjectFault(`facts.${rule.fact}`, 'fact-type', {
          zh: `${rule.fact} 应为数字，实际为 ${fmtValue(v)}`,
          en: `${rule.fact} must be a number, got ${fmtValue(v)}`,
        });
      }
      const [x, lo, hi] = valueUnits(v);
      // Share of the way from the 0-point end to the full-point end, as num/den with den > 0.
      let num = rule.invert ? hi - x : x - lo;
      let den = hi - lo;
      if (den < 0) {
        num = -num;
        den = -den;
      }
      if (num <= 0) return 0;
      if (num >= den) return maxUnits;
      const steps = mulDivRound(maxUnits, num, den * unit.precisionUnits, rounding);
      return Math.min(steps * unit.precisionUnits, maxUnits);
    };
    return {
      points: (facts, maxUnits) => compute(facts[slot], maxUnits),
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
