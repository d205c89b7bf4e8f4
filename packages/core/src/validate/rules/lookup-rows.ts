import type { Issue } from '../../result/types.js';
import { quote } from '../../messages/message.js';
import { FACT_TYPE_NAMES, factMap } from '../facts.js';
import { error, type RubricRule } from '../rule.js';
import { indicators } from '../walk.js';

const CODE = 'lookup.rows';

/**
 * Each lookup row matches either one value (`equals`, of the fact's type) or a range
 * (`min ≤ value < max`, numeric facts only, min below max), never both.
 */
export const lookupRows: RubricRule = {
  code: CODE,
  description: { zh: '对照表每一行的匹配条件明确且与录入事项类型相符', en: 'Each lookup row matches a value or a range that fits the fact' },
  check(rubric) {
    const facts = factMap(rubric);
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      const p = indicator.points;
      if (p.kind !== 'lookup') continue;
      const fact = facts.get(p.fact);
      p.rows.forEach((row, i) => {
        const rowPath = [...path, 'points', 'rows', i];
        const at = { zh: `指标 ${indicator.id} 对照表第 ${i + 1} 行`, en: `indicator ${indicator.id}, lookup row ${i + 1}` };
        const ranged = row.min !== undefined || row.max !== undefined;
        if (row.equals !== undefined && ranged) {
          out.push(error(CODE, rowPath, `${at.zh}同时写了 equals 和 min/max，只能二选一`, `${at.en} has both equals and min/max; use one`));
          return;
        }
        if (row.min !== undefined && row.max !== undefined && !(row.min < row.max)) {
          out.push(error(CODE, rowPath, `${at.zh}的下限 ${row.min} 应小于上限 ${row.max}`, `${at.en}: min ${row.min} must be less than max ${row.max}`));
        }
        if (!fact) return;
        const numeric = fact.type === 'number' || fact.type === 'integer';
        if (ranged && !numeric) {
          out.push(
            error(CODE, rowPath, `${at.zh}按数值范围匹配，但录入事项 ${fact.id} 是${FACT_TYPE_NAMES[fact.type].zh}类型`, `${at.en} matches a numeric range, but fact ${fact.id} is ${FACT_TYPE_NAMES[fact.type].en}`),
          );
        }
        if (row.equals !== undefined) {
          const v = row.equals;
          const fits =
            numeric ? typeof v === 'number'
            : fact.type === 'boolean' ? typeof v === 'boolean'
            : fact.type === 'enum' ? typeof v === 'string' && fact.options.some((o) => o.id === v)
            : typeof v === 'string';
          if (!fits) {
            out.push(
              error(
                CODE,
                [...rowPath, 'equals'],
                `${at.zh}的匹配值 ${quote(v)} 不可能是录入事项 ${fact.id}（${FACT_TYPE_NAMES[fact.type].zh}）的取值，这一行永远不会匹配`,
                `${at.en}: ${quote(v)} can never be a value of fact ${fact.id} (${FACT_TYPE_NAMES[fact.type].en}); the row never matches`,
              ),
            );
          }
        }
      });
    }
    return out;
  },
};
