import type { Crosswalk } from '@rubricate/core';
import { deepEqual } from '../format.js';
import type { FieldDiffer } from '../context.js';
import type { Change } from '../types.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** The target scale: its ids and order are meaning, its labels and colours wording. */
const targetLevels: FieldDiffer = (a, b, site) => {
  const before = (Array.isArray(a) ? a : []) as Crosswalk['levels'];
  const after = (Array.isArray(b) ? b : []) as Crosswalk['levels'];
  if (before.map((l) => l.id).join('\u0000') !== after.map((l) => l.id).join('\u0000')) {
    return [
      {
        kind: 'crosswalk.levels',
        bump: 'major',
        path: site.path,
        message: {
          zh: `${site.owner.zh}的目标等次由 ${before.map((l) => l.label.zh).join('、')} 改为 ${after.map((l) => l.label.zh).join('、')}`,
          en: `Target levels of ${site.owner.en} changed from ${before.map((l) => l.id).join(', ')} to ${after.map((l) => l.id).join(', ')}`,
        },
      },
    ];
  }
  const changes: Change[] = [];
  after.forEach((level, i) => {
    if (!deepEqual(level, before[i])) {
      changes.push({
        kind: 'wording',
        bump: 'patch',
        path: [...site.path, i],
        message: {
          zh: `${site.owner.zh}的目标等次“${level.id}”名称或颜色已修改`,
          en: `Label or colour of target level "${level.id}" of ${site.owner.en} changed`,
        },
      });
    }
  });
  return changes;
};

/** Crosswalks onto a second scale. A new one only adds a column to results: minor. */
export const crosswalksSpec: EntitySpec<Crosswalk> = {
  at: ['crosswalks'],
  kind: 'crosswalk',
  noun: { zh: '等次对照', en: 'crosswalk' },
  items: (r) => locate('crosswalks', r.crosswalks),
  label: (c) => c.label,
  ordered: false,
  fields: { label: 'wording', clause: 'wording', assumptions: 'wording', levels: targetLevels, map: 'semantic' },
  added: () => ({ bump: 'minor', reason: { zh: '仅新增对照结果，不改变分数和等次', en: 'it only adds a mapped level to results' } }),
};
