import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { bandScopes, describeRange, effectiveBands, scopeText, scoreDomain } from '../bands.js';

const CODE = 'band.gap';

/**
 * Every score of the scale falls in some level's band. Bands are half-open, so ranges copied from
 * a text that counts in whole points ("80–89, 90–100") leave 89 ≤ score < 90, and score 100
 * itself, in no level. Checked for the default bands and for each category with its own bands.
 */
export const bandGaps: RubricRule = {
  code: CODE,
  description: { zh: '每个可能的分数都落在某个等次的分数段内', en: 'Every score falls in some level’s band' },
  check(rubric) {
    const domain = scoreDomain(rubric);
    const out: Issue[] = [];
    for (const scope of bandScopes(rubric)) {
      const bands = effectiveBands(rubric, scope).sort((a, b) => a.interval.min - b.interval.min || a.index - b.index);
      const s = scopeText(scope);
      const report = (min: number, max: number, closedTop: boolean, below: string | undefined, above: string | undefined, path: (string | number)[]) => {
        const range = describeRange(min, max, closedTop);
        const between =
          below && above
            ? { zh: `等次 ${below} 与 ${above} 之间`, en: ` between levels ${below} and ${above}` }
            : below
              ? { zh: `等次 ${below} 之上`, en: ` above level ${below}` }
              : above
                ? { zh: `等次 ${above} 之下`, en: ` below level ${above}` }
                : { zh: '', en: '' };
        const where = [between.zh, scope === undefined ? '' : `类别 ${scope}`].filter(Boolean).join('，');
        out.push(
          warning(
            CODE,
            path,
            `${range.zh} 不属于任何等次的分数段${where ? `（${where}）` : ''}；注意分数段含下限、不含上限`,
            `${range.en}${between.en}${s.en} falls in no level's band (bands include the lower bound, not the upper)`,
          ),
        );
      };
      let cursor = domain.lo;
      let last: (typeof bands)[number] | undefined;
      for (const b of bands) {
        if (b.interval.max <= cursor) continue;
        if (cursor > domain.hi) break;
        if (b.interval.min > cursor) {
          if (b.interval.min > domain.hi) {
            report(cursor, domain.hi, true, last?.level, undefined, last?.path ?? ['levels']);
            cursor = Infinity;
            break;
          }
          report(cursor, b.interval.min, false, last?.level, b.level, b.path);
        }
        cursor = Math.max(cursor, b.interval.max);
        last = b;
      }
      if (cursor <= domain.hi && cursor !== Infinity) report(cursor, domain.hi, true, last?.level, undefined, last?.path ?? ['levels']);
    }
    return out;
  },
};
