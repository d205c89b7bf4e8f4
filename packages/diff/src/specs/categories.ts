import type { Category } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/**
 * Subject categories. A new one is minor: no subject scored before could name it. Removing one
 * refuses the subjects of that category: major.
 */
export const categoriesSpec: EntitySpec<Category> = {
  at: ['categories'],
  kind: 'category',
  noun: { zh: '类别', en: 'category' },
  items: (r) => locate('categories', r.categories),
  label: (c) => c.label,
  ordered: false,
  fields: { ...WORDING_FIELDS },
  added: () => ({ bump: 'minor', reason: { zh: '现有对象均不属于该类别', en: 'no existing subject is of this category' } }),
};
