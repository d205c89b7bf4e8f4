import { error, type RubricRule } from '../rule.js';
import { levelReferences } from '../walk.js';

const CODE = 'ref.level';

/** Every level named by a gate, quota, outcome, history rule or crosswalk is one of `levels`. */
export const refLevels: RubricRule = {
  code: CODE,
  description: { zh: '引用的等次都已定义', en: 'Every referenced level is defined' },
  check(rubric) {
    const defined = new Set(rubric.levels.map((l) => l.id));
    return levelReferences(rubric)
      .filter((r) => !defined.has(r.level))
      .map((r) => error(CODE, r.path, `${r.owner.zh} 引用了未定义的等次 ${r.level}`, `${r.owner.en} names undefined level ${r.level}`));
  },
};
