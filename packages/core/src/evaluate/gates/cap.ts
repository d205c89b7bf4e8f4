import type { GateEffect } from '../../schema/gates.js';
import { type GateEffectKind, levelName } from './kind.js';

type CapEffect = Extract<GateEffect, { kind: 'cap' }>;

/** At most the given level (不得定为五星级); when several caps hold, the lowest wins. */
export const cap: GateEffectKind<CapEffect> = {
  kind: 'cap',
  compile(effect, ctx, path) {
    const capIdx = ctx.level(effect.level, [...path, 'level']);
    const c = levelName(ctx, capIdx);
    return {
      phase: 1,
      apply: (l) => (l < capIdx ? capIdx : l),
      explain(from, to) {
        const a = levelName(ctx, from);
        if (from === to) {
          return { zh: `最高只能评为${c.zh}；当前为${a.zh}，不受影响`, en: `at most ${c.en}; currently ${a.en}, unchanged` };
        }
        return { zh: `最高只能评为${c.zh}，由${a.zh}调整为${c.zh}`, en: `at most ${c.en}: from ${a.en} to ${c.en}` };
      },
    };
  },
};
