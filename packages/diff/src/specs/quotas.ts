import type { Quota } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Quotas apply in declared order and move subjects between levels: every change is major. */
export const quotasSpec: EntitySpec<Quota> = {
  at: ['quotas'],
  kind: 'quota',
  noun: { zh: '比例限制', en: 'quota' },
  items: (r) => locate('quotas', r.quotas),
  label: (q) => q.label,
  ordered: true,
  fields: { ...WORDING_FIELDS },
  added: () => ({ bump: 'major' }),
};
