import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'crosswalk.map';

/** A crosswalk maps onto its own target levels (its source levels are checked by ref.level). */
export const crosswalkMap: RubricRule = {
  code: CODE,
  description: { zh: '等次对照只对应到自身定义的目标等次', en: 'A crosswalk maps onto its own target levels' },
  check(rubric) {
    const out: Issue[] = [];
    (rubric.crosswalks ?? []).forEach((c, i) => {
      const targets = new Set(c.levels.map((l) => l.id));
      for (const [from, to] of Object.entries(c.map)) {
        if (!targets.has(to)) {
          out.push(
            error(
              CODE,
              ['crosswalks', i, 'map', from],
              `等次对照 ${c.id} 把 ${from} 对应到 ${to}，但 ${to} 不是该对照的目标等次（可选：${[...targets].join('、')}）`,
              `crosswalk ${c.id} maps ${from} to ${to}, which is not one of its target levels (${[...targets].join(', ')})`,
            ),
          );
        }
      }
    });
    return out;
  },
};
