import type { Adjustment } from '../../schema/adjustments.js';
import { SubjectFault } from '../fault.js';
import { en, fmtUnits, fmtValue } from '../format.js';
import { type AdjustmentKind, capped, zhVerb } from './kind.js';

type TieredAdjustment = Extract<Adjustment, { kind: 'tiered' }>;

/**
 * Points by tier of an enum or enum-list fact. `highest` keeps only the tier with the largest
 * points (以最高的为准; among deductions, the largest in size), `sum` adds every item.
 */
/** Whether tier points t replace the best so far: larger in size, and a bonus over a deduction of the same size. */
function better(t: number, best: number): boolean {
  const a = t < 0 ? -t : t;
  const b = best < 0 ? -best : best;
  return a > b || (a === b && t > best);
}

export const tiered: AdjustmentKind<TieredAdjustment> = {
  kind: 'tiered',
  compile(adj, ctx, path) {
    const fact = ctx.fact(adj.fact, [...path, 'fact']);
    if (fact.decl.type !== 'enum' && fact.decl.type !== 'enumList') {
      ctx.fail([...path, 'fact'], 'tiered-fact-type', `${adj.fact} 应为枚举或枚举列表`, `${adj.fact} must be an enum or enumList fact`);
    }
    const slot = fact.index;
    const tiers = new Map<string, number>();
    for (const [k, v] of Object.entries(adj.tiers)) tiers.set(k, ctx.units(v, [...path, 'tiers', k]));
    const optionLabels = new Map<string, { zh: string; en: string }>();
    if (fact.decl.type === 'enum' || fact.decl.type === 'enumList') {
      for (const o of fact.decl.options) optionLabels.set(o.id, { zh: o.label.zh, en: o.label.en ?? o.label.zh });
    }
    const cap = adj.cap === undefined ? undefined : ctx.units(adj.cap, [...path, 'cap']);
    const highest = adj.pick === 'highest';
    const { scale } = ctx.unit;
    const tierOf = (item: unknown): number => (typeof item === 'string' ? (tiers.get(item) ?? 0) : 0);
    const items = (facts: readonly unknown[]): readonly unknown[] => {
      const v = facts[slot];
      if (v === undefined) return [];
      if (Array.isArray(v)) return v;
      if (typeof v === 'string') return [v];
      throw new SubjectFault(`facts.${adj.fact}`, 'fact-type', {
        zh: `${adj.fact} 应为选项或选项列表，实际为 ${fmtValue(v)}`,
        en: `${adj.fact} must be an option or a list of options, got ${fmtValue(v)}`,
      });
    };
    const raw = (list: readonly unknown[]): number => {
      let best = 0;
      let sum = 0;
      for (let i = 0; i < list.length; i++) {
        const t = tierOf(list[i]);
        sum += t;
        if (better(t, best)) best = t;
      }
      return highest ? best : sum;
    };
    // The hot path reads the fact without building a list (a single option counts as one item).
    const rawOf = (facts: readonly unknown[]): number => {
      const v = facts[slot];
      if (v === undefined) return 0;
      if (typeof v === 'string') return tierOf(v);
      return raw(items(facts));
    };
    return {
      points: (facts) => capped(rawOf(facts), cap),
      explain(facts, _conds, units) {
        const list = items(facts);
        const names = list.map((i) => optionLabels.get(String(i)) ?? { zh: String(i), en: String(i) });
        const verb = zhVerb(units);
        const tot = fmtUnits(Math.abs(units), scale);
        const enVerb = units < 0 ? 'deducted' : 'added';
        if (list.length === 0) return { zh: `${adj.label.zh}：无，不加减分`, en: `${en(adj.label)}: none, no points` };
        const capZh = raw(list) !== units ? `（超过上限，按 ${tot} 分计）` : '';
        const capEn = raw(list) !== units ? ` (capped at ${tot})` : '';
        const zhList = names.map((n) => n.zh).join('、');
        const enList = names.map((n) => n.en).join(', ');
        return highest
          ? {
              zh: `${adj.label.zh}（${zhList}），以最高的为准，${verb} ${tot} 分${capZh}`,
              en: `${en(adj.label)} (${enList}): only the highest counts, ${tot} points ${enVerb}${capEn}`,
            }
          : {
              zh: `${adj.label.zh}（${zhList}），逐项累计，共${verb} ${tot} 分${capZh}`,
              en: `${en(adj.label)} (${enList}): each counts, ${tot} points ${enVerb} in total${capEn}`,
            };
      },
    };
  },
};
