import type { KindEntry } from '../kind-entry.js';
import { addsOutcomeOnly } from './neutral.js';

/** A reward: amount and currency are what a subject receives. */
export const reward: KindEntry = {
  kind: 'reward',
  noun: { zh: '奖励', en: 'reward' },
  fields: { amount: 'semantic', currency: 'semantic' },
  neutralWhenAdded: addsOutcomeOnly,
};
