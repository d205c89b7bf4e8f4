import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';
import { indicators } from '../walk.js';

const CODE = 'ref.source';

/** Every evaluation source named by a raters indicator is declared in `sources`. */
export const refSources: RubricRule = {
  code: CODE,
  description: { zh: '引用的评价主体都已声明', en: 'Every referenced evaluation source is declared' },
  check(rubric) {
    const declared = new Set((rubric.sources ?? []).map((s) => s.id));
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      if (indicator.points.kind !== 'raters') continue;
      indicator.points.parts.forEach((part, i) => {
        if (!declared.has(part.source)) {
          out.push(
            error(
              CODE,
              [...path, 'points', 'parts', i, 'source'],
              `指标 ${indicator.id} 引用了未声明的评价主体 ${part.source}`,
              `indicator ${indicator.id} names undeclared evaluation source ${part.source}`,
            ),
          );
        }
      });
    }
    return out;
  },
};
