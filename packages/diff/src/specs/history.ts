import type { HistoryRule } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Rules over consecutive periods give labels or actions, never a score or level: new is minor. */
export const historySpec: EntitySpec<HistoryRule> = {
  at: ['history'],
  kind: 'history',
  noun: { zh: '连续期规则', en: 'history rule' },
  items: (r) => locate('history', r.history),
  label: (h) => h.label,
  ordered: false,
  fields: { ...WORDING_FIELDS },
  added: () => ({ bump: 'minor', reason: { zh: '仅新增结果运用，不改变分数和等次', en: 'it only adds an outcome; no score or level changes' } }),
};
