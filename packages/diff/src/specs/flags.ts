import type { ReviewFlag } from '@rubricate/core';
import { conditionDiffer } from '../condition-diff.js';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Review flags never change a score or level; a new one only adds flags (minor). */
export const flagsSpec: EntitySpec<ReviewFlag> = {
  at: ['flags'],
  kind: 'flag',
  noun: { zh: '复核提示', en: 'review flag' },
  items: (r) => locate('flags', r.flags),
  label: (f) => f.label,
  ordered: false,
  fields: { ...WORDING_FIELDS, when: conditionDiffer('flag.when') },
  added: () => ({ bump: 'minor', reason: { zh: '只提示复核，不改变分数和等次', en: 'it only flags for review; no score or level changes' } }),
};
