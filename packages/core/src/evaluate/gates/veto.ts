import type { GateEffect } from '../../schema/gates.js';
import { type GateEffectKind, levelName } from './kind.js';

type VetoEffect = Extract<GateEffect, { kind: 'veto' }>;

/** One-vote veto (一票否决): the given level (e.g. "none"), or no level at all. Applied last. */
export const veto: GateEffectKind<VetoEffect> = {
  kind: 'veto',
  compile(effect, ctx, path) {
    const to = effect.level === undefined ? ctx.levels.length : ctx.level(effect.level, [...path, 'level']);
    return {
      phase: 2,
      apply: (l) => (l < to ? to : l),
      explain(from, next) {
        const a = levelName(ctx, from);
        const b = levelName(ctx, next);
        if (effect.level === undefined) {
          return { zh: `一票否决，不定等次（原为${a.zh}）`, en: `veto: no level (was ${a.en})` };
        }
        return { zh: `一票否决，评为${b.zh}（原为${a.zh}）`, en: `veto: ${b.en} (was ${a.en})` };
      },
    };
  },
};
