import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';

const CODE = 'crosswalk.unmapped';

/** A crosswalk maps every level; an unmapped level would show no value on the other scale. */
export const crosswalkUnmapped: RubricRule = {
  code: CODE,
  description: { zh: '等次对照覆盖所有等次', en: 'A crosswalk maps every level' },
  check(rubric) {
    const out: Issue[] = [];
    (rubric.crosswalks ?? []).forEach((c, i) => {
      const missing = rubric.levels.map((l) => l.id).filter((id) => !Object.prototype.hasOwnProperty.call(c.map, id));
      if (missing.length > 0) {
        out.push(
          warning(
            CODE,
            ['crosswalks', i, 'map'],
            `等次对照 ${c.id} 没有给出等次 ${missing.join('、')} 的对应等次，这些对象在对照中将为空`,
            `crosswalk ${c.id} does not map level${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; those subjects get no value on it`,
          ),
        );
      }
    });
    return out;
  },
};
