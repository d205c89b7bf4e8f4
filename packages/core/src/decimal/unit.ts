import type { Rubric } from '../schema/rubric.js';
import { decimalPlaces, pow10, toUnitsExact } from './decimal-string.js';

/** Points are integers of 10^-scale; `precisionUnits` is the rubric's precision in those units. */
export interface DecimalUnit {
  /** Decimal places of one unit (unit = 10^-scale). */
  scale: number;
  /** 10^scale, exact. */
  factor: number;
  /** `scale.precision` in units (0.5 at scale 1 → 5). */
  precisionUnits: number;
}

/** Finer units than this would make totals of a few thousand subjects leave the safe-integer range. */
export const MAX_UNIT_SCALE = 9;

/**
 * Every number in the rubric that is points, a bound, a step or a weight: the unit must make each
 * of them a whole number.
 */
export function declaredPointValues(rubric: Rubric): number[] {
  const out: number[] = [rubric.scale.min, rubric.scale.max, rubric.scale.precision];
  const pointFacts = new Set<string>();
  for (const section of rubric.sections) {
    for (const ind of section.indicators) {
      out.push(ind.max, ...Object.values(ind.maxByCategory ?? {}));
      const p = ind.points;
      if (p.kind === 'direct') pointFacts.add(p.fact);
      else if (p.kind === 'lookup') {
        for (const row of p.rows) out.push(row.points);
        if (p.otherwise !== undefined) out.push(p.otherwise);
      } else if (p.kind === 'raters') {
        for (const part of p.parts) {
          pointFacts.add(part.fact);
          out.push(part.weight);
        }
      }
    }
  }
  for (const adj of rubric.adjustments ?? []) {
    if (adj.kind === 'tiered') out.push(...Object.values(adj.tiers));
    else out.push(adj.points);
    if (adj.kind !== 'fixed' && adj.cap !== undefined) out.push(adj.cap);
  }
  for (const g of rubric.adjustmentGroups ?? []) {
    if (g.min !== undefined) out.push(g.min);
    if (g.max !== undefined) out.push(g.max);
  }
  for (const level of rubric.levels) {
    for (const band of [level.band, ...Object.values(level.bandByCategory ?? {})]) {
      if (band?.min !== undefined) out.push(band.min);
      if (band?.max !== undefined) out.push(band.max);
    }
  }
  for (const f of rubric.facts) {
    if ((f.type === 'number' || f.type === 'integer') && f.step !== undefined && pointFacts.has(f.id)) out.push(f.step);
  }
  return out;
}

/**
 * The rubric's unit: the precision refined to a power of ten fine enough that every declared
 * points value, bound, step and weight is a whole number of units.
 */
export function deriveUnit(rubric: Rubric): DecimalUnit {
  let scale = 0;
  for (const v of declaredPointValues(rubric)) scale = Math.max(scale, decimalPlaces(v));
  if (scale > MAX_UNIT_SCALE) {
    throw new RangeError(`points need ${scale} decimal places; at most ${MAX_UNIT_SCALE} are supported`);
  }
  const precisionUnits = toUnitsExact(rubric.scale.precision, scale);
  if (precisionUnits === undefined || precisionUnits <= 0) throw new RangeError('scale.precision is not representable');
  return { scale, factor: pow10(scale), precisionUnits };
}

/** A declared constant in units; the unit was derived so that this is exact. */
export function constUnits(unit: DecimalUnit, x: number): number {
  const u = toUnitsExact(x, unit.scale);
  if (u === undefined) throw new RangeError(`${x} is not a whole number of units of 10^-${unit.scale}`);
  return u;
}
