import { error, type RubricRule } from '../rule.js';

const CODE = 'scale.range';

/** The scale's minimum is below its maximum. */
export const scaleRange: RubricRule = {
  code: CODE,
  description: { zh: '最低分小于满分', en: 'The scale minimum is below its maximum' },
  check(rubric) {
    const { min, max } = rubric.scale;
    return min < max
      ? []
      : [error(CODE, ['scale'], `分值范围的最低分 ${min} 应小于满分 ${max}`, `the scale minimum ${min} must be less than its maximum ${max}`)];
  },
};
