import type { GateEffect } from '../../schema/gates.js';
import type { PrepareContext } from '../context.js';
import type { CompiledGateEffect } from '../plan.js';

/** One kind of gate effect on the level; declared once, in its own file. */
export interface GateEffectKind<E extends GateEffect = GateEffect> {
  kind: E['kind'];
  compile(effect: E, ctx: PrepareContext, path: (string | number)[]): CompiledGateEffect;
}

/** Level names for messages; index levels.length is "no level". */
export function levelName(ctx: PrepareContext, idx: number): { zh: string; en: string } {
  const l = ctx.levels[idx];
  return l ? { zh: l.label.zh, en: l.label.en ?? l.label.zh } : { zh: '不定等次', en: 'no level' };
}
