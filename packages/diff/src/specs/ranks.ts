import type { RankOutcome } from '@rubricate/core';
import { WORDING_FIELDS } from '../context.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** Bottom/top-share labels: a new one adds a label, never a score or level change (minor). */
export const ranksSpec: EntitySpec<RankOutcome> = {
  at: ['ranks'],
  kind: 'rank',
  noun: { zh: '排名标注', en: 'rank outcome' },
  items: (r) => locate('ranks', r.ranks),
  label: (x) => x.label,
  ordered: false,
  fields: { ...WORDING_FIELDS },
  added: () => ({ bump: 'minor', reason: { zh: '仅新增排名标注，不改变分数和等次', en: 'it only adds a rank label; no score or level changes' } }),
};
