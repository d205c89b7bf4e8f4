import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'adjustment_group.range';

/** An adjustment group's lower limit is below its upper limit. */
export const adjustmentGroupRange: RubricRule = {
  code: CODE,
  description: { zh: '加减分组的下限小于上限', en: 'An adjustment group’s min is below its max' },
  check(rubric) {
    const out: Issue[] = [];
    (rubric.adjustmentGroups ?? []).forEach((g, i) => {
      if (g.min !== undefined && g.max !== undefined && !(g.min < g.max)) {
        out.push(
          error(CODE, ['adjustmentGroups', i], `加减分组 ${g.id} 的下限 ${g.min} 应小于上限 ${g.max}`, `adjustment group ${g.id}: min ${g.min} must be less than max ${g.max}`),
        );
      }
    });
    return out;
  },
};
