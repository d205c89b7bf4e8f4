import type { KindEntry } from '../kind-entry.js';

/** Sources, facts and weights all enter the weighted sum. */
export const raters: KindEntry = {
  kind: 'raters',
  noun: { zh: '多主体加权评分', en: 'weighted raters' },
  fields: { parts: 'semantic' },
};
