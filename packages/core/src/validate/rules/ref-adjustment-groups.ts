import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'ref.adjustment_group';

/** Every adjustment's `group` is declared in `adjustmentGroups`. */
export const refAdjustmentGroups: RubricRule = {
  code: CODE,
  description: { zh: '加减分项所属的分组都已声明', en: 'Every adjustment group named is declared' },
  check(rubric) {
    const declared = new Set((rubric.adjustmentGroups ?? []).map((g) => g.id));
    const out: Issue[] = [];
    (rubric.adjustments ?? []).forEach((a, i) => {
      if (a.group !== undefined && !declared.has(a.group)) {
        out.push(
          error(
            CODE,
            ['adjustments', i, 'group'],
            `加减分项 ${a.id} 引用了未声明的加减分组 ${a.group}`,
            `adjustment ${a.id} names undeclared adjustment group ${a.group}`,
          ),
        );
      }
    });
    return out;
  },
};
