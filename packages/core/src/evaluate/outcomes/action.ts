import type { Outcome } from '../../schema/outcomes.js';
import { en } from '../format.js';
import type { OutcomeKind } from './kind.js';

type ActionOutcome = Extract<Outcome, { kind: 'action' }>;

/** An action that follows from a level, e.g. rectification (整顿). */
export const action: OutcomeKind<ActionOutcome> = {
  kind: 'action',
  result: (o) => ({ id: o.id, kind: 'action', from: 'outcome', label: { zh: o.label.zh, en: en(o.label) } }),
  explain: (o, level) => ({ zh: `${level.zh}：${o.label.zh}`, en: `${level.en}: ${en(o.label)}` }),
};
