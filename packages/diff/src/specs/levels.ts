import type { Level } from '@rubricate/core';
import { asRecord, fieldChange } from '../compare.js';
import type { FieldDiffer } from '../context.js';
import { formatValue } from '../format.js';
import type { Change } from '../types.js';
import type { EntitySpec } from './entity-spec.js';
import { locate } from './located.js';

/** A band's bounds, in words: "五星级分数线由 90 调整为 92" / "five-star threshold moved from 90 to 92". */
const band: FieldDiffer = (a, b, site) => {
  const before = asRecord(a);
  const after = asRecord(b);
  if (a === undefined || b === undefined) return [fieldChange('level.band', 'major', 'band', a, b, { ...site, path: site.path.slice(0, -1) })];
  const changes: Change[] = [];
  const name = site.owner;
  if (before['min'] !== after['min']) {
    const from = formatValue(before['min']);
    const to = formatValue(after['min']);
    changes.push({
      kind: 'level.band.min',
      bump: 'major',
      path: [...site.path, 'min'],
      message: { zh: `${name.zh}分数线由 ${from.zh} 调整为 ${to.zh}`, en: `${name.en} threshold moved from ${from.en} to ${to.en}` },
    });
  }
  if (before['max'] !== after['max']) {
    const from = formatValue(before['max']);
    const to = formatValue(after['max']);
    changes.push({
      kind: 'level.band.max',
      bump: 'major',
      path: [...site.path, 'max'],
      message: { zh: `${name.zh}分数上限由 ${from.zh} 调整为 ${to.zh}（不含）`, en: `${name.en} upper bound (exclusive) moved from ${from.en} to ${to.en}` },
    });
  }
  return changes;
};

/**
 * Levels, best first: the order is what demotion walks, so reordering is major, and so is adding
 * a level (it shifts what "one level lower" means) or removing one.
 */
export const levelsSpec: EntitySpec<Level> = {
  at: ['levels'],
  kind: 'level',
  noun: { zh: '等次', en: 'level' },
  items: (r) => locate('levels', r.levels),
  label: (l) => l.label,
  bareName: true,
  ordered: true,
  fields: { label: 'wording', color: 'wording', clause: 'wording', assumptions: 'wording', band, bandByCategory: 'semantic' },
  added: () => ({ bump: 'major', reason: { zh: '等次序列改变，降级与配额的结果可能随之改变', en: 'the list of levels changes what demotions and quotas give' } }),
};
