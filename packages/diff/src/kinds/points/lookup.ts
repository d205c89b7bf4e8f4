import type { PointsRule } from '@rubricate/core';
import { asRecord } from '../../compare.js';
import { deepEqual, formatValue } from '../../format.js';
import type { Change } from '../../types.js';
import type { KindEntry } from '../kind-entry.js';

type Row = Extract<PointsRule, { kind: 'lookup' }>['rows'][number];

function withoutLabel(row: Row): Omit<Row, 'label'> {
  const { label: _label, ...rest } = row;
  return rest;
}

/**
 * First matching row wins, so row order, bounds and points are all semantic; a row's label is
 * wording.
 */
export const lookup: KindEntry = {
  kind: 'lookup',
  noun: { zh: '对照表计分', en: 'lookup table' },
  fields: {
    fact: 'semantic',
    otherwise: 'semantic',
    rows: (oldValue, newValue, site): Change[] => {
      const a = (Array.isArray(oldValue) ? oldValue : []) as Row[];
      const b = (Array.isArray(newValue) ? newValue : []) as Row[];
      if (!deepEqual(a.map(withoutLabel), b.map(withoutLabel))) {
        return [
          {
            kind: 'indicator.points.rows',
            bump: 'major',
            path: site.path,
            message: {
              zh: `${site.owner.zh}的对照表已修改（行数 ${a.length} → ${b.length}，分值或区间有变化）`,
              en: `Lookup rows of ${site.owner.en} changed (${a.length} → ${b.length} rows; points or ranges differ)`,
            },
          },
        ];
      }
      const changes: Change[] = [];
      b.forEach((row, i) => {
        const before = asRecord(a[i])['label'];
        if (!deepEqual(before, row.label)) {
          const from = formatValue(before);
          const to = formatValue(row.label);
          changes.push({
            kind: 'wording',
            bump: 'patch',
            path: [...site.path, i, 'label'],
            message: {
              zh: `${site.owner.zh}对照表第 ${i + 1} 行的名称由 ${from.zh} 改为 ${to.zh}`,
              en: `Label of row ${i + 1} of ${site.owner.en} changed from ${from.en} to ${to.en}`,
            },
          });
        }
      });
      return changes;
    },
  },
};
