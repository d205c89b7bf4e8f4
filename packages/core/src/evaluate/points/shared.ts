import { toUnitsFast } from '../../decimal/decimal-string.js';
import type { DecimalUnit } from '../../decimal/index.js';
import { SubjectFault } from '../fault.js';
import { fmtNumber, fmtValue } from '../format.js';

/**
 * A points value given by an assessor, in units: a number, a whole multiple of the precision,
 * within 0..max. Anything else is the subject's error, named by the fact.
 */
export function assessedUnits(v: unknown, factId: string, unit: DecimalUnit, maxUnits: number): number {
  const path = `facts.${factId}`;
  if (typeof v !== 'number') {
    throw new SubjectFault(path, 'points-not-number', {
      zh: `${factId} 的分值应为数字，实际为 ${fmtValue(v)}`,
      en: `${factId} must be a number of points, got ${fmtValue(v)}`,
    });
  }
  const u = toUnitsFast(v, unit.scale, unit.factor);
  if (u === undefined || u % unit.precisionUnits !== 0) {
    const p = fmtNumber((unit.precisionUnits / unit.factor));
    throw new SubjectFault(path, 'points-precision', {
      zh: `${factId} 的分值 ${fmtNumber(v)} 不是 ${p} 分的整数倍`,
      en: `${factId}: ${fmtNumber(v)} points is not a whole multiple of ${p}`,
    });
  }
  if (u < 0 || u > maxUnits) {
    const m = fmtNumber(maxUnits / unit.factor);
    throw new SubjectFault(path, 'points-out-of-range', {
      zh: `${factId} 的分值 ${fmtNumber(v)} 超出 0 至 ${m} 分的范围`,
      en: `${factId}: ${fmtNumber(v)} points is outside 0 to ${m}`,
    });
  }
  return u;
}

export function missingFact(factId: string): SubjectFault {
  return new SubjectFault(`facts.${factId}`, 'fact-missing', {
    zh: `缺少计分所需的事实 ${factId}`,
    en: `the fact ${factId} is needed for the points but is missing`,
  });
}
