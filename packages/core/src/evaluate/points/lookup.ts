import { factReader } from '../../conditions/compile.js';
import type { PointsRule } from '../../schema/indicators.js';
import { SubjectFault } from '../fault.js';
import { fmtUnits, fmtValue } from '../format.js';
import type { PointsKind } from './kind.js';

type LookupPoints = Extract<PointsRule, { kind: 'lookup' }>;

interface Row {
  equals: unknown;
  min: number;
  max: number;
  units: number;
  label: { zh: string; en: string } | undefined;
}

/**
 * The first row that matches wins: `equals` (strict equality) and/or min ≤ value < max (half-open).
 * Without a matching row, `otherwise` applies, or the subject is in error.
 */
export const lookup: PointsKind<LookupPoints> = {
  kind: 'lookup',
  compile(rule, label, ctx, path) {
    const fact = ctx.fact(rule.fact, [...path, 'fact']);
    const slot = fact.index;
    const read = factReader(slot, fact.numeric);
    const rows: Row[] = rule.rows.map((r, i) => ({
      equals: r.equals,
      min: r.min ?? -Infinity,
      max: r.max ?? Infinity,
      units: ctx.units(r.points, [...path, 'rows', i, 'points']),
      label: r.label ? { zh: r.label.zh, en: r.label.en ?? r.label.zh } : undefined,
    }));
    const otherwise = rule.otherwise === undefined ? undefined : ctx.units(rule.otherwise, [...path, 'otherwise']);
    const { unit } = ctx;
    const match = (v: unknown): number => {
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as Row;
        if (r.equals !== undefined && v !== r.equals) continue;
        if (r.min !== -Infinity || r.max !== Infinity) {
          if (typeof v !== 'number' || !(v >= r.min && v < r.max)) continue;
        }
        return i;
      }
      return -1;
    };
    return {
      points(facts, num) {
        const i = match(read(facts, num));
        if (i >= 0) return (rows[i] as Row).units;
        if (otherwise !== undefined) return otherwise;
        throw new SubjectFault(`facts.${rule.fact}`, 'lookup-no-match', {
          zh: `${label.zh}：取值 ${fmtValue(facts[slot])} 不在评分表中`,
          en: `${label.en}: the value ${fmtValue(facts[slot])} matches no row of the table`,
        });
      },
      explain(facts, maxUnits, units) {
        const v = fmtValue(facts[slot]);
        const p = fmtUnits(units, unit.scale);
        const m = fmtUnits(maxUnits, unit.scale);
        const row = rows[match(facts[slot])];
        const zhRow = row?.label ? `（${row.label.zh}）` : row ? '' : '（表中无对应项，按其他情形计）';
        const enRow = row?.label ? ` (${row.label.en})` : row ? '' : ' (no row matches: the "otherwise" points)';
        return {
          zh: `${label.zh}：取值 ${v}${zhRow}，得 ${p} 分（满分 ${m} 分）`,
          en: `${label.en}: value ${v}${enRow}, ${p} of ${m} points`,
        };
      },
    };
  },
};
