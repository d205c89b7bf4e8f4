import type { KindEntry } from '../kind-entry.js';
import { addsOutcomeOnly } from './neutral.js';

/** An action such as rectification: nothing beyond the common outcome fields. */
export const action: KindEntry = {
  kind: 'action',
  noun: { zh: '处理措施', en: 'action' },
  fields: {},
  neutralWhenAdded: addsOutcomeOnly,
};
