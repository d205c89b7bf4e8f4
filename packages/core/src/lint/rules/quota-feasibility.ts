import type { Issue } from '../../result/types.js';
import { sumExact, compareDecimal, formatDecimal } from '../../validate/exact.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { bandReachableLevels } from '../bands.js';

const CODE = 'quota.infeasible';

const list = (ids: string[]) => ids.join('、');

/**
 * Quotas can be met together: a floor (atLeast) names levels some score reaches; floors on
 * disjoint sets of levels ask for at most 100% in total; a floor is not above a cap on a set that
 * contains it.
 */
export const quotaFeasibility: RubricRule = {
  code: CODE,
  description: { zh: '比例控制之间不相互矛盾、能够达到', en: 'Quotas can be met together' },
  check(rubric) {
    const out: Issue[] = [];
    const quotas = (rubric.quotas ?? []).map((q, index) => ({ q, index }));
    const byBand = bandReachableLevels(rubric);
    const floors = quotas.filter(({ q }) => q.kind === 'atLeast' && q.percent > 0);
    for (const { q, index } of floors) {
      if (!q.levels.some((l) => byBand.has(l))) {
        out.push(
          warning(
            CODE,
            ['quotas', index],
            `比例控制 ${q.id} 要求不少于 ${q.percent}% 的对象评为 ${list(q.levels)}，但没有任何分数段能评到这些等次，只能全部靠强制调整`,
            `quota ${q.id} asks for at least ${q.percent}% at ${q.levels.join(', ')}, but no band reaches those levels: every one would be forced`,
          ),
        );
      }
    }
    // Floors on disjoint sets cannot share subjects, so their percentages add up.
    const chosen: typeof floors = [];
    for (const f of [...floors].sort((a, b) => b.q.percent - a.q.percent || a.index - b.index)) {
      if (chosen.every((c) => !c.q.levels.some((l) => f.q.levels.includes(l)))) chosen.push(f);
    }
    const total = sumExact(chosen.map((c) => c.q.percent));
    if (chosen.length > 1 && compareDecimal(total, { int: 100n, exp: 0 }) > 0) {
      const ids = chosen.sort((a, b) => a.index - b.index).map((c) => c.q.id);
      out.push(
        warning(
          CODE,
          ['quotas', chosen[0]!.index],
          `比例控制 ${list(ids)} 各自针对不同的等次，要求的比例合计 ${formatDecimal(total)}%，超过 100%，不可能同时满足`,
          `quotas ${ids.join(', ')} cover disjoint levels and ask for ${formatDecimal(total)}% together, more than 100%`,
        ),
      );
    }
    for (const { q: floor, index } of floors) {
      for (const { q: cap } of quotas) {
        if (cap.kind !== 'atMost') continue;
        if (floor.levels.every((l) => cap.levels.includes(l)) && floor.percent > cap.percent) {
          out.push(
            warning(
              CODE,
              ['quotas', index],
              `比例控制 ${floor.id} 要求 ${list(floor.levels)} 不少于 ${floor.percent}%，但 ${cap.id} 限定 ${list(cap.levels)} 不超过 ${cap.percent}%，二者矛盾`,
              `quota ${floor.id} asks for at least ${floor.percent}% at ${floor.levels.join(', ')}, but ${cap.id} allows at most ${cap.percent}% at ${cap.levels.join(', ')}`,
            ),
          );
        }
      }
    }
    return out;
  },
};
