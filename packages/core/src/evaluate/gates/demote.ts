import type { GateEffect } from '../../schema/gates.js';
import { type GateEffectKind, levelName } from './kind.js';

type DemoteEffect = Extract<GateEffect, { kind: 'demote' }>;

/**
 * Moves the level `by` places down the list (降低一个星级). Demotions add up; the last level is
 * the floor, and a subject with no level stays without one.
 */
export const demote: GateEffectKind<DemoteEffect> = {
  kind: 'demote',
  compile(effect, ctx) {
    const none = ctx.levels.length;
    return {
      phase: 0,
      apply: (l) => (l >= none ? l : Math.min(l + effect.by, none - 1)),
      explain(from, to) {
        const a = levelName(ctx, from);
        const b = levelName(ctx, to);
        if (from === to) {
          return { zh: `降低 ${effect.by} 个等次：已是最低等次（${a.zh}），不再降低`, en: `demote by ${effect.by}: already at the lowest level (${a.en})` };
        }
        return { zh: `降低 ${effect.by} 个等次，由${a.zh}降为${b.zh}`, en: `demoted by ${effect.by}, from ${a.en} to ${b.en}` };
      },
    };
  },
};
