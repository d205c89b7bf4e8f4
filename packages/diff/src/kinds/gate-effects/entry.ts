import type { Message, Rubric } from '@rubricate/core';
import type { KindEntry } from '../kind-entry.js';

/** A gate effect kind also says, in words, what it does. */
export interface GateEffectEntry extends KindEntry {
  describe: (effect: unknown, rubric: Rubric) => Message;
}
