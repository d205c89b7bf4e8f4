import type { AdjustmentGroup } from '@rubricate/core';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Group caps. A new group caps nothing until an adjustment names it (a change judged there). */
export const adjustmentGroupsSpec: EntitySpec<AdjustmentGroup> = {
  at: ['adjustmentGroups'],
  kind: 'adjustmentGroup',
  noun: { zh: '加减分分组', en: 'adjustment group' },
  items: (r) => locate('adjustmentGroups', r.adjustmentGroups),
  label: (g) => g.label,
  ordered: false,
  fields: { label: 'wording', clause: 'wording', assumptions: 'wording', min: 'semantic', max: 'semantic' },
  added: () => ({ bump: 'minor', reason: { zh: '尚无加减分项归入时不起作用', en: 'it caps nothing until an adjustment names it' } }),
};
