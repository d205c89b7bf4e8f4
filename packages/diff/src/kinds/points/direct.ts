import type { KindEntry } from '../kind-entry.js';

/** The assessor's points taken as given: which fact holds them is the whole rule. */
export const direct: KindEntry = {
  kind: 'direct',
  noun: { zh: '直接评分', en: 'direct points' },
  fields: { fact: 'semantic' },
};
