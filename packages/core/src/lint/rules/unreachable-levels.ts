import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { bandReachableLevels } from '../bands.js';

const CODE = 'level.unreachable';

/**
 * Every level can be given: by a band some score falls in (not wholly taken by better levels), by a
 * gate's cap or veto, by demotion from a level a band gives, or by a quota moving subjects into it.
 */
export const unreachableLevels: RubricRule = {
  code: CODE,
  description: { zh: '每个等次都有可能被评定', en: 'Every level can be reached' },
  check(rubric) {
    const byBand = bandReachableLevels(rubric);
    const reached = new Set(byBand);
    const order = new Map(rubric.levels.map((l, i) => [l.id, i]));
    for (const g of rubric.gates ?? []) {
      if ((g.effect.kind === 'cap' || g.effect.kind === 'veto') && g.effect.level !== undefined) reached.add(g.effect.level);
    }
    // Demotions add up, so a level as far below a band level as all demotions together is reachable.
    const totalDemotion = (rubric.gates ?? []).reduce((sum, g) => sum + (g.effect.kind === 'demote' ? g.effect.by : 0), 0);
    for (const id of byBand) {
      const from = order.get(id)!;
      for (let k = from + 1; k <= Math.min(from + totalDemotion, rubric.levels.length - 1); k++) reached.add(rubric.levels[k]!.id);
    }
    for (const q of rubric.quotas ?? []) {
      const positions = q.levels.map((l) => order.get(l)).filter((p): p is number => p !== undefined);
      if (positions.length === 0) continue;
      if (q.kind === 'atLeast') reached.add(rubric.levels[Math.min(...positions)]!.id);
      if (q.kind === 'atMost') {
        const below = rubric.levels[Math.max(...positions) + 1];
        if (below) reached.add(below.id);
      }
    }
    const out: Issue[] = [];
    rubric.levels.forEach((l, i) => {
      if (reached.has(l.id)) return;
      const why = l.band || l.bandByCategory
        ? { zh: '它的分数段落在分值范围之外，或被排在前面的等次完全覆盖', en: 'its band lies outside the scale or is wholly taken by better levels' }
        : { zh: '它没有分数段，也没有任何规则把对象调入这一等次', en: 'it has no band and no gate or quota moves subjects into it' };
      out.push(warning(CODE, ['levels', i], `等次 ${l.id} 永远不会被评定：${why.zh}`, `level ${l.id} can never be given: ${why.en}`));
    });
    return out;
  },
};
