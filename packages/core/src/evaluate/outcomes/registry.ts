import type { Outcome } from '../../schema/outcomes.js';
import { action } from './action.js';
import type { OutcomeKind } from './kind.js';
import { label } from './label.js';
import { reward } from './reward.js';

/** Every outcome kind, by name. */
export const OUTCOME_KINDS: { readonly [K in Outcome['kind']]: OutcomeKind<Extract<Outcome, { kind: K }>> } = {
  reward,
  label,
  action,
};

export function outcomeKind(o: Outcome): OutcomeKind {
  return OUTCOME_KINDS[o.kind] as unknown as OutcomeKind;
}
