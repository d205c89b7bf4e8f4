import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';
import { indicators } from '../walk.js';

const CODE = 'indicator.categories';

/** A per-category maximum is given only for categories the indicator applies to. */
export const indicatorCategories: RubricRule = {
  code: CODE,
  description: { zh: '分类别满分只针对指标适用的类别', en: 'Per-category maxima only for categories the indicator applies to' },
  check(rubric) {
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      if (!indicator.categories) continue;
      const applies = new Set(indicator.categories);
      for (const cat of Object.keys(indicator.maxByCategory ?? {})) {
        if (!applies.has(cat)) {
          out.push(
            error(
              CODE,
              [...path, 'maxByCategory', cat],
              `指标 ${indicator.id} 为类别 ${cat} 设置了满分，但该指标不适用于类别 ${cat}`,
              `indicator ${indicator.id} sets a maximum for category ${cat}, which it does not apply to`,
            ),
          );
        }
      }
    }
    return out;
  },
};
