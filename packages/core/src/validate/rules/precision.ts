import type { Issue, Message } from '../../result/types.js';
import type { Band } from '../../schema/levels.js';
import { KIND, named } from '../../messages/kinds.js';
import { isMultipleOf } from '../exact.js';
import { factMap } from '../facts.js';
import { error, type RubricRule } from '../rule.js';
import { indicators, type Path } from '../walk.js';

const CODE = 'precision.multiple';

/**
 * Every point value, band bound, cap, indicator maximum and step of a direct-points fact is a whole
 * multiple of `scale.precision`, checked on the exact decimals written (never with float modulo).
 */
export const precisionMultiple: RubricRule = {
  code: CODE,
  description: {
    zh: '所有分值、分数线、封顶值和满分都是计分精度的整数倍',
    en: 'Every point value, bound, cap and maximum is a multiple of the precision',
  },
  check(rubric) {
    const unit = rubric.scale.precision;
    const out: Issue[] = [];
    const check = (value: number | undefined, path: Path, owner: Message, what: Message) => {
      if (value === undefined || isMultipleOf(value, unit)) return;
      out.push(
        error(
          CODE,
          path,
          `${owner.zh} 的${what.zh} ${value} 不是计分精度 ${unit} 的整数倍`,
          `${owner.en}: ${what.en} ${value} is not a multiple of the precision ${unit}`,
        ),
      );
    };
    const scaleOwner = { zh: '分值范围', en: 'the scale' };
    check(rubric.scale.min, ['scale', 'min'], scaleOwner, { zh: '最低分', en: 'minimum' });
    check(rubric.scale.max, ['scale', 'max'], scaleOwner, { zh: '满分', en: 'maximum' });

    const facts = factMap(rubric);
    for (const { indicator, path } of indicators(rubric)) {
      const owner = named(KIND.indicator, indicator.id);
      check(indicator.max, [...path, 'max'], owner, { zh: '满分', en: 'max' });
      for (const [cat, max] of Object.entries(indicator.maxByCategory ?? {})) {
        check(max, [...path, 'maxByCategory', cat], owner, { zh: `类别 ${cat} 的满分`, en: `max for category ${cat}` });
      }
      const p = indicator.points;
      if (p.kind === 'lookup') {
        p.rows.forEach((row, i) => check(row.points, [...path, 'points', 'rows', i, 'points'], owner, { zh: `第 ${i + 1} 行的分值`, en: `points of row ${i + 1}` }));
        check(p.otherwise, [...path, 'points', 'otherwise'], owner, { zh: '未匹配时的分值', en: 'otherwise points' });
      }
      if (p.kind === 'direct') {
        const fact = facts.get(p.fact);
        const i = rubric.facts.findIndex((f) => f.id === p.fact);
        if (fact && (fact.type === 'number' || fact.type === 'integer') && fact.step !== undefined) {
          check(fact.step, ['facts', i, 'step'], named(KIND.fact, fact.id), { zh: '步长（用作指标得分）', en: 'step (used as points)' });
        }
      }
    }
    (rubric.adjustments ?? []).forEach((a, i) => {
      const owner = named(KIND.adjustment, a.id);
      const base: Path = ['adjustments', i];
      if (a.kind === 'tiered') {
        for (const [tier, points] of Object.entries(a.tiers)) check(points, [...base, 'tiers', tier], owner, { zh: `档位 ${tier} 的分值`, en: `points of tier ${tier}` });
      } else {
        check(a.points, [...base, 'points'], owner, { zh: '分值', en: 'points' });
      }
      if (a.kind !== 'fixed') check(a.cap, [...base, 'cap'], owner, { zh: '封顶值', en: 'cap' });
    });
    (rubric.adjustmentGroups ?? []).forEach((g, i) => {
      const owner = named(KIND.adjustmentGroup, g.id);
      check(g.min, ['adjustmentGroups', i, 'min'], owner, { zh: '下限', en: 'min' });
      check(g.max, ['adjustmentGroups', i, 'max'], owner, { zh: '上限', en: 'max' });
    });
    rubric.levels.forEach((l, i) => {
      const owner = named(KIND.level, l.id);
      const band = (b: Band | undefined, path: Path, scope: Message) => {
        if (!b) return;
        check(b.min, [...path, 'min'], owner, { zh: `${scope.zh}分数下限`, en: `${scope.en}lower bound` });
        check(b.max, [...path, 'max'], owner, { zh: `${scope.zh}分数上限`, en: `${scope.en}upper bound` });
      };
      band(l.band, ['levels', i, 'band'], { zh: '', en: '' });
      for (const [cat, b] of Object.entries(l.bandByCategory ?? {})) {
        band(b, ['levels', i, 'bandByCategory', cat], { zh: `类别 ${cat} 的`, en: `category ${cat} ` });
      }
    });
    return out;
  },
};
