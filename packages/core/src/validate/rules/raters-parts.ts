import type { Issue } from '../../result/types.js';
import { compareDecimal, formatDecimal, sumExact } from '../exact.js';
import { error, type RubricRule } from '../rule.js';
import { indicators } from '../walk.js';

const CODE = 'raters.parts';

/** A raters indicator's weights sum to exactly 1, and each source rates it once. */
export const ratersParts: RubricRule = {
  code: CODE,
  description: { zh: '多方评价的权重之和恰好为 1，且每个评价主体只出现一次', en: 'Rater weights sum to exactly 1, one part per source' },
  check(rubric) {
    const out: Issue[] = [];
    for (const { indicator, path } of indicators(rubric)) {
      const p = indicator.points;
      if (p.kind !== 'raters') continue;
      const sum = sumExact(p.parts.map((part) => part.weight));
      if (compareDecimal(sum, { int: 1n, exp: 0 }) !== 0) {
        const weights = p.parts.map((part) => String(part.weight));
        out.push(
          error(
            CODE,
            [...path, 'points', 'parts'],
            `指标 ${indicator.id} 的各方权重 ${weights.join(' + ')} = ${formatDecimal(sum)}，应恰好等于 1`,
            `indicator ${indicator.id}: weights ${weights.join(' + ')} = ${formatDecimal(sum)}, must be exactly 1`,
          ),
        );
      }
      const seen = new Set<string>();
      p.parts.forEach((part, i) => {
        if (seen.has(part.source)) {
          out.push(
            error(
              CODE,
              [...path, 'points', 'parts', i, 'source'],
              `指标 ${indicator.id} 中评价主体 ${part.source} 出现了不止一次`,
              `indicator ${indicator.id}: evaluation source ${part.source} appears more than once`,
            ),
          );
        }
        seen.add(part.source);
      });
    }
    return out;
  },
};
