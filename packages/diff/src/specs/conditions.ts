import type { Condition } from '@rubricate/core';
import { conditionDiffer } from '../condition-diff.js';
import { deepEqual } from '../format.js';
import type { EntitySpec, Located } from './entity-spec.js';

const differ = conditionDiffer('condition.changed');

/** Shared named conditions. An unused new one changes nothing (minor); a changed one is major. */
export const conditionsSpec: EntitySpec<Condition> = {
  at: ['conditions'],
  kind: 'condition',
  noun: { zh: '共用条件', en: 'shared condition' },
  items: (r) =>
    Object.keys(r.conditions ?? {})
      .sort()
      .map((id): Located<Condition> => ({ id, item: r.conditions![id]!, path: ['conditions', id] })),
  label: () => undefined,
  ordered: false,
  fields: {},
  compare: (a, b, site, ctx) => (deepEqual(a, b) ? [] : differ(a, b, site, ctx)),
  added: () => ({ bump: 'minor', reason: { zh: '尚未被引用', en: 'nothing refers to it yet' } }),
};
