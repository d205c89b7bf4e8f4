import type { Issue } from '../../result/types.js';
import { factMap } from '../../validate/facts.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { indicators } from '../../validate/walk.js';

const CODE = 'points.fact_range';

/**
 * A fact that holds points as they are (direct points, a rater's points) declares a range within
 * 0..the indicator's maximum, so a wrong value is refused when the subject is read, not when it is
 * scored.
 */
export const pointsFactRange: RubricRule = {
  code: CODE,
  description: { zh: '直接计分的录入事项取值范围不超过指标满分', en: 'Points facts range within 0..the indicator maximum' },
  check(rubric) {
    const facts = factMap(rubric);
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      const p = indicator.points;
      const names = p.kind === 'direct' ? [p.fact] : p.kind === 'raters' ? p.parts.map((x) => x.fact) : [];
      const max = Math.max(indicator.max, ...Object.values(indicator.maxByCategory ?? {}));
      for (const name of names) {
        const fact = facts.get(name);
        if (!fact || (fact.type !== 'number' && fact.type !== 'integer')) continue;
        const factPath = ['facts', rubric.facts.indexOf(fact)];
        if (fact.max === undefined || fact.max > max) {
          out.push(
            warning(
              CODE,
              [...factPath, 'max'],
              fact.max === undefined
                ? `录入事项 ${fact.id} 是指标 ${indicator.id} 的得分，但没有声明最大值；应声明 "max": ${max}`
                : `录入事项 ${fact.id} 的最大值 ${fact.max} 超过了指标 ${indicator.id} 的满分 ${max}`,
              fact.max === undefined
                ? `fact ${fact.id} holds points of indicator ${indicator.id} but declares no max; declare "max": ${max}`
                : `fact ${fact.id} allows up to ${fact.max}, more than indicator ${indicator.id}'s maximum ${max}`,
            ),
          );
        }
        if (fact.min === undefined || fact.min < 0) {
          out.push(
            warning(
              CODE,
              [...factPath, 'min'],
              `录入事项 ${fact.id} 是指标 ${indicator.id} 的得分，应声明 "min": 0（得分不能为负）`,
              `fact ${fact.id} holds points of indicator ${indicator.id}; declare "min": 0 (points cannot be negative)`,
            ),
          );
        }
      }
    }
    return out;
  },
};
