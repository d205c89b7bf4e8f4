import type { Issue } from '../../result/types.js';
import { compareDecimal, formatDecimal, sumExact, toDecimal } from '../../validate/exact.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { indicators } from '../../validate/walk.js';

const CODE = 'indicator.max_sum';

/**
 * The indicators' maxima add up to the full score. When indicators apply to some categories only,
 * or weigh differently per category, the sum is checked for each category.
 */
export const indicatorMaxSum: RubricRule = {
  code: CODE,
  description: { zh: '各指标满分之和等于总分', en: 'Indicator maxima add up to the full score' },
  check(rubric) {
    const all = indicators(rubric).map((x) => x.indicator);
    const full = toDecimal(rubric.scale.max);
    const perCategory = all.some((i) => i.categories !== undefined || i.maxByCategory !== undefined);
    const categories = (rubric.categories ?? []).map((c) => c.id);
    const out: Issue[] = [];
    const check = (category: string | undefined) => {
      const maxima = all
        .filter((i) => category === undefined || i.categories === undefined || i.categories.includes(category))
        .map((i) => (category !== undefined ? (i.maxByCategory?.[category] ?? i.max) : i.max));
      const sum = sumExact(maxima);
      if (compareDecimal(sum, full) === 0) return;
      const total = formatDecimal(sum);
      out.push(
        category === undefined
          ? warning(CODE, ['sections'], `各指标满分合计 ${total} 分，与总分 ${rubric.scale.max} 分不一致`, `indicator maxima add up to ${total}, not the full score ${rubric.scale.max}`)
          : warning(
              CODE,
              ['sections'],
              `类别 ${category} 适用的各指标满分合计 ${total} 分，与总分 ${rubric.scale.max} 分不一致`,
              `for category ${category}, indicator maxima add up to ${total}, not the full score ${rubric.scale.max}`,
            ),
      );
    };
    if (perCategory && categories.length > 0) categories.forEach(check);
    else check(undefined);
    return out;
  },
};
