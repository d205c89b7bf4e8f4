import type { DecimalUnit } from '../../decimal/index.js';
import { FAST_UNITS_LIMIT, isMultiple, toUnitsExact } from '../../decimal/decimal-string.js';
import { SubjectFault } from '../fault.js';
import { fmtNumber, fmtValue } from '../format.js';

/**
 * A points value given by an assessor, in units: a number, a whole multiple of the precision,
 * within 0..max. Anything else is the subject's error, named by the fact.
 */
export function assessedUnits(v: unknown, factId: string, unit: DecimalUnit, maxUnits: number): number {
  // The error path is built only on the failure path: this runs once per indicator per subject.
  if (typeof v !== 'number') {
    throw new SubjectFault(`facts.${factId}`, 'points-not-number', {
      zh: `${factId} 的分值应为数字，实际为 ${fmtValue(v)}`,
      en: `${factId} must be a number of points, got ${fmtValue(v)}`,
    });
  }
  // toUnitsFast inlined: Math.round(v·10^k) is v's units exactly when it converts back to v.
  const factor = unit.factor;
  let u: number | undefined = Math.round(v * factor);
  // Huge values (≥ 2^50 units) are decided by the exact string conversion, as toUnitsFast does.
  if (!(u < FAST_UNITS_LIMIT && u > -FAST_UNITS_LIMIT)) u = Number.isFinite(v) ? toUnitsExact(v, unit.scale) : undefined;
  else if (u / factor !== v) u = undefined;
  // |u| < 2^50 here unless the exact conversion gave it, where `%` is kept.
  if (u === undefined || !(u < FAST_UNITS_LIMIT && u > -FAST_UNITS_LIMIT ? isMultiple(u, unit.precisionUnits) : u % unit.precisionUnits === 0)) {
    const p = fmtNumber((unit.precisionUnits / unit.factor));
    throw new SubjectFault(`facts.${factId}`, 'points-precision', {
      zh: `${factId} 的分值 ${fmtNumber(v)} 不是 ${p} 分的整数倍`,
      en: `${factId}: ${fmtNumber(v)} points is not a whole multiple of ${p}`,
    });
  }
  if (u < 0 || u > maxUnits) {
    const m = fmtNumber(maxUnits / unit.factor);
    throw new SubjectFault(`facts.${factId}`, 'points-out-of-range', {
      zh: `${factId} 的分值 ${fmtNumber(v)} 超出 0 至 ${m} 分的范围`,
      en: `${factId}: ${fmtNumber(v)} points is outside 0 to ${m}`,
    });
  }
  // -0 (from -0.2 rounding) is 0 units.
  return u === 0 ? 0 : u;
}

export function missingFact(factId: string): SubjectFault {
  return new SubjectFault(`facts.${factId}`, 'fact-missing', {
    zh: `缺少计分所需的录入事项 ${factId}`,
    en: `the fact ${factId} is needed for the points but is missing`,
  });
}
