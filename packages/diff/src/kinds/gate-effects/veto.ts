import type { GateEffect } from '@rubricate/core';
import type { GateEffectEntry } from './entry.js';
import { levelName } from './describe.js';

/** No level, or the level given instead. */
export const veto: GateEffectEntry = {
  kind: 'veto',
  noun: { zh: '一票否决', en: 'veto' },
  fields: { level: 'semantic' },
  describe: (effect, rubric) => {
    const level = (effect as Extract<GateEffect, { kind: 'veto' }>).level;
    if (level === undefined) return { zh: '不定等次', en: 'no level' };
    const name = levelName(rubric, level);
    return { zh: `定为${name.zh}`, en: `set to ${name.en}` };
  },
};
