import type { KindEntry } from '../kind-entry.js';
import { addsOutcomeOnly } from './neutral.js';

/** A label such as 软弱涣散: nothing beyond the common outcome fields. */
export const label: KindEntry = {
  kind: 'label',
  noun: { zh: '标注', en: 'label' },
  fields: {},
  neutralWhenAdded: addsOutcomeOnly,
};
