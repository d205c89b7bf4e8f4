import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';
import { indicators } from '../walk.js';

const CODE = 'linear.range';

/** A linear indicator's lower and upper values differ (otherwise the mapping divides by zero). */
export const linearRange: RubricRule = {
  code: CODE,
  description: { zh: '线性折算的起点和终点不同', en: 'A linear mapping has distinct lower and upper values' },
  check(rubric) {
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      const p = indicator.points;
      if (p.kind === 'linear' && p.lower === p.upper) {
        out.push(
          error(
            CODE,
            [...path, 'points'],
            `指标 ${indicator.id} 的线性折算起点和终点都是 ${p.lower}，无法折算；若要表示高于某值得满分，请改用对照表（lookup）`,
            `indicator ${indicator.id}: linear lower and upper are both ${p.lower}; use a lookup for a threshold`,
          ),
        );
      }
    }
    return out;
  },
};
