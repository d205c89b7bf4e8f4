import type { Adjustment } from '@rubricate/core';
import type { KindEntry } from '../kind-entry.js';

type Tiered = Extract<Adjustment, { kind: 'tiered' }>;

/** The tiers the default value of the fact selects (an enum gives one, an enum list several). */
function defaultTiers(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/**
 * Points by tier. Adding one is minor when its fact is new and every tier its default selects is
 * worth 0 (an empty list by default, or a default option with no points).
 */
export const tiered: KindEntry<Tiered> = {
  kind: 'tiered',
  noun: { zh: '分档计分', en: 'by tier' },
  fields: { fact: 'semantic', tiers: 'semantic', pick: 'semantic', cap: 'semantic' },
  neutralWhenAdded: (rule, ctx) => {
    const fact = ctx.addedFacts.get(rule.fact);
    const selected = fact ? defaultTiers(fact.default) : undefined;
    if (!fact || !selected) return undefined;
    const zero = selected.every((tier) => !Object.hasOwn(rule.tiers, tier) || rule.tiers[tier] === 0);
    if (!zero) return undefined;
    return {
      reason: {
        zh: `所用录入事项“${fact.label.zh}”为新增，默认值不得分，现有对象得 0 分`,
        en: `its fact "${fact.label.en ?? fact.id}" is new and its default earns no points, so existing subjects get 0 points`,
      },
    };
  },
};
