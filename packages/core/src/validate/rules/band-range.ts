import type { Issue } from '../../result/types.js';
import type { Band } from '../../schema/levels.js';
import { error, type RubricRule } from '../rule.js';
import type { Path } from '../walk.js';

const CODE = 'band.range';

/** A band's lower bound is below its upper bound (bands are half-open, so equal bounds hold no score). */
export const bandRange: RubricRule = {
  code: CODE,
  description: { zh: '等次分数段的下限小于上限', en: 'A band’s lower bound is below its upper bound' },
  check(rubric) {
    const out: Issue[] = [];
    rubric.levels.forEach((l, i) => {
      const check = (b: Band | undefined, path: Path, zh: string, en: string) => {
        if (!b || b.min === undefined || b.max === undefined || b.min < b.max) return;
        out.push(
          error(
            CODE,
            path,
            `等次 ${l.id}${zh || ' '}的分数段下限 ${b.min} 应小于上限 ${b.max}（分数段含下限、不含上限）`,
            `level ${l.id}${en}: band lower bound ${b.min} must be less than upper bound ${b.max} (bands include the lower bound, not the upper)`,
          ),
        );
      };
      check(l.band, ['levels', i, 'band'], '', '');
      for (const [cat, b] of Object.entries(l.bandByCategory ?? {})) {
        check(b, ['levels', i, 'bandByCategory', cat], `（类别 ${cat}）`, ` (category ${cat})`);
      }
    });
    return out;
  },
};
