import type { GateEffect } from '@rubricate/core';
import type { GateEffectEntry } from './entry.js';

/** Down by a number of levels. */
export const demote: GateEffectEntry = {
  kind: 'demote',
  noun: { zh: '降低等次', en: 'demotion' },
  fields: { by: 'semantic' },
  describe: (effect) => {
    const by = (effect as Extract<GateEffect, { kind: 'demote' }>).by;
    return { zh: `降低 ${by} 个等次`, en: `${by} level${by === 1 ? '' : 's'} down` };
  },
};
