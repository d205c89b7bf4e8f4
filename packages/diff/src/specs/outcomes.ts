import type { Outcome } from '@rubricate/core';
import { conditionDiffer } from '../condition-diff.js';
import { WORDING_FIELDS } from '../context.js';
import { entryOf, kindedDiffer, type KindEntry } from '../kinds/kind-entry.js';
import { OUTCOME_KINDS } from '../kinds/outcomes/index.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

const COMMON = { ...WORDING_FIELDS, levels: 'semantic', when: conditionDiffer('outcome.when'), categories: 'semantic' } as const;
const compare = kindedDiffer(OUTCOME_KINDS, 'outcome', COMMON);

/** Rewards, labels and actions that follow from the final level. */
export const outcomesSpec: EntitySpec<Outcome> = {
  at: ['outcomes'],
  kind: 'outcome',
  noun: { zh: '结果运用', en: 'outcome' },
  items: (r) => locate('outcomes', r.outcomes),
  label: (o) => o.label,
  ordered: false,
  fields: COMMON,
  compare: (a, b, site, ctx) => compare(a, b, site, ctx),
  added: (outcome, ctx) => {
    const entry = entryOf(OUTCOME_KINDS, outcome) as KindEntry<Outcome> | undefined;
    const neutral = entry?.neutralWhenAdded?.(outcome, ctx);
    return neutral ? { bump: 'minor', reason: neutral.reason } : { bump: 'major' };
  },
};
