import type { Outcome } from '../../schema/outcomes.js';
import { en } from '../format.js';
import type { OutcomeKind } from './kind.js';

type LabelOutcome = Extract<Outcome, { kind: 'label' }>;

/** A label that follows from a level, e.g. 软弱涣散 for one star. */
export const label: OutcomeKind<LabelOutcome> = {
  kind: 'label',
  result: (o) => ({ id: o.id, kind: 'label', from: 'outcome', label: { zh: o.label.zh, en: en(o.label) } }),
  explain: (o, level) => ({ zh: `${level.zh}：认定为“${o.label.zh}”`, en: `${level.en}: labelled "${en(o.label)}"` }),
};
