import type { KindEntry } from '../kind-entry.js';

/** Every bound moves computed points. */
export const linear: KindEntry = {
  kind: 'linear',
  noun: { zh: '按比例折算', en: 'linear scale' },
  fields: { fact: 'semantic', lower: 'semantic', upper: 'semantic', invert: 'semantic' },
};
