import { decimalPlaces, FAST_UNITS_LIMIT, isMultiple, pow10, toUnitsExact } from '../../decimal/decimal-string.js';
import type { Message } from '../../result/types.js';
import type { FactDeclaration, FactType } from '../../schema/facts.js';
import { fmtNumber, fmtValue } from '../format.js';
import type { FactCheck } from '../plan.js';

type Decl<T extends FactType> = Extract<FactDeclaration, { type: T }>;

const bad = (zh: string, en: string): Message => ({ zh, en });

/** What a number or integer fact accepts, as plain numbers (open bounds are ±Infinity). */
export interface NumericBounds {
  integer: boolean;
  min: number;
  max: number;
  /** 10^k, k = decimal places of the step (1 without a step). */
  factor: number;
  /** The step in units of 10^-k; 0 without a step. */
  stepUnits: number;
}

export function numericBounds(d: FactDeclaration): NumericBounds | undefined {
  if (d.type !== 'number' && d.type !== 'integer') return undefined;
  const places = d.step === undefined ? 0 : decimalPlaces(d.step);
  return {
    integer: d.type === 'integer',
    min: d.min ?? -Infinity,
    max: d.max ?? Infinity,
    factor: pow10(places),
    stepUnits: d.step === undefined ? 0 : (toUnitsExact(d.step, places) as number),
  };
}

/**
 * Whether v is a whole number of steps: Math.round(v·10^k) is v's units exactly when it converts
 * back to v (toUnitsFast inlined: this runs per fact per subject; factor is 1 at k = 0). Kept
 * small so that V8 inlines it: a call it does not inline boxes every double argument.
 */
export function onStep(v: number, factor: number, stepUnits: number): boolean {
  const u = Math.round(v * factor);
  if (u < FAST_UNITS_LIMIT && u > -FAST_UNITS_LIMIT) return u / factor === v && isMultiple(u, stepUnits);
  return onStepExact(v, factor, stepUnits);
}

/** Rare (|v|·10^k ≥ 2^50): the exact string conversion, as toUnitsFast does. */
function onStepExact(v: number, factor: number, stepUnits: number): boolean {
  let places = 0;
  for (let f = 1; f < factor; f *= 10) places++;
  const exact = toUnitsExact(v, places);
  return exact !== undefined && exact % stepUnits === 0;
}

function numeric(d: Decl<'number'> | Decl<'integer'>, integer: boolean): FactCheck {
  const { factor, stepUnits } = numericBounds(d) as NumericBounds;
  const typeZh = integer ? '整数' : '数字';
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      return bad(`应为${typeZh}，实际为 ${fmtValue(v)}`, `must be ${integer ? 'a whole number' : 'a number'}, got ${fmtValue(v)}`);
    }
    if (d.min !== undefined && v < d.min) return bad(`${fmtNumber(v)} 小于最小值 ${fmtNumber(d.min)}`, `${fmtNumber(v)} is below the minimum ${fmtNumber(d.min)}`);
    if (d.max !== undefined && v > d.max) return bad(`${fmtNumber(v)} 大于最大值 ${fmtNumber(d.max)}`, `${fmtNumber(v)} is above the maximum ${fmtNumber(d.max)}`);
    if (d.step !== undefined && !onStep(v, factor, stepUnits)) {
      return bad(`${fmtNumber(v)} 不是 ${fmtNumber(d.step)} 的整数倍`, `${fmtNumber(v)} is not a whole multiple of ${fmtNumber(d.step)}`);
    }
    return null;
  };
}

/** How each fact type checks a value; one entry per type. */
export const FACT_KINDS: { readonly [T in FactType]: (d: Decl<T>) => FactCheck } = {
  number: (d) => numeric(d, false),
  integer: (d) => numeric(d, true),
  boolean: () => (v) => (typeof v === 'boolean' ? null : bad(`应为是或否（true/false），实际为 ${fmtValue(v)}`, `must be true or false, got ${fmtValue(v)}`)),
  string: (d) => (v) => {
    if (typeof v !== 'string') return bad(`应为文本，实际为 ${fmtValue(v)}`, `must be text, got ${fmtValue(v)}`);
    if (d.maxLength !== undefined && v.length > d.maxLength) return bad(`文本长度超过 ${d.maxLength}`, `longer than ${d.maxLength} characters`);
    return null;
  },
  enum: (d) => {
    const ids = new Set(d.options.map((o) => o.id));
    const list = d.options.map((o) => o.id).join(', ');
    return (v) =>
      typeof v === 'string' && ids.has(v) ? null : bad(`应为以下选项之一：${list}，实际为 ${fmtValue(v)}`, `must be one of ${list}, got ${fmtValue(v)}`);
  },
  enumList: (d) => {
    const ids = new Set(d.options.map((o) => o.id));
    const list = d.options.map((o) => o.id).join(', ');
    return (v) => {
      if (!Array.isArray(v)) return bad(`应为选项列表，实际为 ${fmtValue(v)}`, `must be a list of options, got ${fmtValue(v)}`);
      if (d.maxItems !== undefined && v.length > d.maxItems) return bad(`最多 ${d.maxItems} 项，实际 ${v.length} 项`, `at most ${d.maxItems} items, got ${v.length}`);
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item !== 'string' || !ids.has(item)) return bad(`第 ${i + 1} 项 ${fmtValue(item)} 不是有效选项（${list}）`, `item ${i + 1}, ${fmtValue(item)}, is not one of ${list}`);
        // Lists are short (at most the number of options): a scan is cheaper than a Set.
        if (v.indexOf(item) !== i) return bad(`选项 ${item} 重复`, `${item} is listed twice`);
      }
      return null;
    };
  },
};

export function factCheck(d: FactDeclaration): FactCheck {
  return (FACT_KINDS[d.type] as (d: FactDeclaration) => FactCheck)(d);
}
