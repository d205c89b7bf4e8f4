import type { Gate } from '@rubricate/core';
import { conditionDiffer } from '../condition-diff.js';
import { WORDING_FIELDS } from '../context.js';
import { gateEffectDiffer } from '../kinds/gate-effects/index.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Gates act on levels: adding, removing or changing one is major. */
export const gatesSpec: EntitySpec<Gate> = {
  at: ['gates'],
  kind: 'gate',
  noun: { zh: '否决与限制条款', en: 'gate' },
  items: (r) => locate('gates', r.gates),
  label: (g) => g.label,
  ordered: false,
  fields: { ...WORDING_FIELDS, when: conditionDiffer('gate.when'), effect: gateEffectDiffer, soft: 'semantic', categories: 'semantic' },
  added: () => ({ bump: 'major' }),
};
