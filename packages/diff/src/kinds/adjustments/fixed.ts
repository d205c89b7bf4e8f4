import type { Adjustment } from '@rubricate/core';
import { conditionDiffer } from '../../condition-diff.js';
import type { KindEntry } from '../kind-entry.js';

type Fixed = Extract<Adjustment, { kind: 'fixed' }>;

/**
 * Fixed points under a condition. The condition is not evaluated here, so adding one is minor
 * only when it is worth 0 points; otherwise major (conservative).
 */
export const fixed: KindEntry<Fixed> = {
  kind: 'fixed',
  noun: { zh: '条件计分', en: 'fixed when a condition holds' },
  fields: { when: conditionDiffer('adjustment.when'), points: 'semantic' },
  neutralWhenAdded: (rule) => (rule.points === 0 ? { reason: { zh: '分值为 0', en: 'worth 0 points' } } : undefined),
};
