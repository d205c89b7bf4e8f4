import type { FieldDiffer } from '../../context.js';
import { deepEqual } from '../../format.js';
import type { Change } from '../../types.js';
import { entryOf } from '../kind-entry.js';
import { cap } from './cap.js';
import { demote } from './demote.js';
import type { GateEffectEntry } from './entry.js';
import { veto } from './veto.js';

/** How each gate effect kind diffs and reads. */
export const GATE_EFFECT_KINDS: Readonly<Record<string, GateEffectEntry>> = { cap, demote, veto };

/** Any change of a gate's effect moves levels: one major change, both effects in words. */
export const gateEffectDiffer: FieldDiffer = (oldValue, newValue, site, ctx): Change[] => {
  if (deepEqual(oldValue, newValue)) return [];
  const say = (value: unknown, rubric: typeof ctx.old) => {
    const entry = entryOf(GATE_EFFECT_KINDS, value) as GateEffectEntry | undefined;
    return entry ? entry.describe(value, rubric) : { zh: JSON.stringify(value), en: JSON.stringify(value) };
  };
  const a = say(oldValue, ctx.old);
  const b = say(newValue, ctx.new);
  return [
    {
      kind: 'gate.effect',
      bump: 'major',
      path: site.path,
      message: {
        zh: `${site.owner.zh}的效果由“${a.zh}”改为“${b.zh}”`,
        en: `Effect of ${site.owner.en} changed from "${a.en}" to "${b.en}"`,
      },
    },
  ];
};
