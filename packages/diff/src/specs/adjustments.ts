import type { Adjustment } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import { ADJUSTMENT_KINDS } from '../kinds/adjustments/index.js';
import { entryOf, kindedDiffer, type KindEntry } from '../kinds/kind-entry.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

const COMMON = { ...WORDING_FIELDS, group: 'semantic', categories: 'semantic' } as const;
const compare = kindedDiffer(ADJUSTMENT_KINDS, 'adjustment', COMMON);

/** Bonuses and deductions; each kind says when adding one changes no existing result. */
export const adjustmentsSpec: EntitySpec<Adjustment> = {
  at: ['adjustments'],
  kind: 'adjustment',
  noun: { zh: '加减分项', en: 'adjustment' },
  items: (r) => locate('adjustments', r.adjustments),
  label: (a) => a.label,
  ordered: false,
  fields: COMMON,
  compare: (a, b, site, ctx) => compare(a, b, site, ctx),
  added: (adjustment, ctx) => {
    const entry = entryOf(ADJUSTMENT_KINDS, adjustment) as KindEntry<Adjustment> | undefined;
    const neutral = entry?.neutralWhenAdded?.(adjustment, ctx);
    return neutral ? { bump: 'minor', reason: neutral.reason } : { bump: 'major' };
  },
};
