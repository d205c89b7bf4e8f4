import type { GateEffect } from '../../schema/gates.js';
import { cap } from './cap.js';
import { demote } from './demote.js';
import type { GateEffectKind } from './kind.js';
import { veto } from './veto.js';

/** Every gate effect, by name; `phase` orders them: demotions, then caps, then vetoes. */
export const GATE_EFFECT_KINDS: { readonly [K in GateEffect['kind']]: GateEffectKind<Extract<GateEffect, { kind: K }>> } = {
  demote,
  cap,
  veto,
};

export function gateEffectKind(effect: GateEffect): GateEffectKind {
  return GATE_EFFECT_KINDS[effect.kind] as unknown as GateEffectKind;
}
