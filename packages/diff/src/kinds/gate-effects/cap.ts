import type { GateEffect } from '@rubricate/core';
import type { GateEffectEntry } from './entry.js';
import { levelName } from './describe.js';

/** At most a level: which level is the whole effect. */
export const cap: GateEffectEntry = {
  kind: 'cap',
  noun: { zh: '等次封顶', en: 'level cap' },
  fields: { level: 'semantic' },
  describe: (effect, rubric) => {
    const name = levelName(rubric, (effect as Extract<GateEffect, { kind: 'cap' }>).level);
    return { zh: `最高定为${name.zh}`, en: `at most ${name.en}` };
  },
};
