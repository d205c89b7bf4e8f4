import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { bandScopes, describeRange, effectiveBands, meetsDomain, scopeText, scoreDomain } from '../bands.js';

const CODE = 'band.overlap';

/**
 * No two levels' bands share a score. A shared score goes to the better level (levels are listed
 * best first), which is seldom what an overlap in the text meant.
 */
export const bandOverlaps: RubricRule = {
  code: CODE,
  description: { zh: '不同等次的分数段互不重叠', en: 'Levels’ bands do not overlap' },
  check(rubric) {
    const domain = scoreDomain(rubric);
    const out: Issue[] = [];
    for (const scope of bandScopes(rubric)) {
      const bands = effectiveBands(rubric, scope);
      const s = scopeText(scope);
      for (let i = 0; i < bands.length; i++) {
        for (let j = i + 1; j < bands.length; j++) {
          const a = bands[i]!;
          const b = bands[j]!;
          const min = Math.max(a.interval.min, b.interval.min);
          const max = Math.min(a.interval.max, b.interval.max);
          if (!(min < max) || !meetsDomain(min, max, domain)) continue;
          const range = describeRange(Math.max(min, domain.lo), max);
          out.push(
            warning(
              CODE,
              b.path,
              `${s.zh}等次 ${a.level} 与 ${b.level} 的分数段在 ${range.zh} 重叠，这些分数将评为排在前面的 ${a.level}`,
              `levels ${a.level} and ${b.level}${s.en} overlap at ${range.en}; those scores get ${a.level}, listed first`,
            ),
          );
        }
      }
    }
    return out;
  },
};
