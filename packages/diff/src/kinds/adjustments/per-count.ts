import type { Adjustment } from '@rubricate/core';
import type { KindEntry } from '../kind-entry.js';

type PerCount = Extract<Adjustment, { kind: 'perCount' }>;

/**
 * points × count. Adding one is minor when its fact is new in this version (so no subject scored
 * before can carry it) and the fact's default count is 0: every existing subject gets 0 points.
 */
export const perCount: KindEntry<PerCount> = {
  kind: 'perCount',
  noun: { zh: '按次计分', en: 'per occurrence' },
  fields: { fact: 'semantic', points: 'semantic', cap: 'semantic' },
  neutralWhenAdded: (rule, ctx) => {
    if (rule.points === 0) return { reason: { zh: '每次 0 分', en: '0 points per occurrence' } };
    const fact = ctx.addedFacts.get(rule.fact);
    if (fact && fact.default === 0) {
      return {
        reason: {
          zh: `所用录入事项“${fact.label.zh}”为新增，默认 0 次，现有对象得 0 分`,
          en: `its fact "${fact.label.en ?? fact.id}" is new and defaults to 0, so existing subjects get 0 points`,
        },
      };
    }
    return undefined;
  },
};
