import type { Assumption } from '@rubricate/core';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Assumptions are stated text: adding, removing or rewording one is a patch. */
export const assumptionsSpec: EntitySpec<Assumption> = {
  at: ['assumptions'],
  kind: 'assumption',
  noun: { zh: '假设说明', en: 'assumption' },
  items: (r) => locate('assumptions', r.assumptions),
  label: (a) => a.text,
  ordered: false,
  fields: { text: 'wording', clause: 'wording' },
  added: () => ({ bump: 'patch' }),
  removedBump: 'patch',
};
