import { error, type RubricRule } from '../rule.js';
import { factUses } from '../walk.js';

const CODE = 'ref.fact';

/** Every fact named by an indicator, adjustment, condition or tie-break is declared in `facts`. */
export const refFacts: RubricRule = {
  code: CODE,
  description: { zh: '引用的录入事项都已声明', en: 'Every referenced fact is declared' },
  check(rubric) {
    const declared = new Set(rubric.facts.map((f) => f.id));
    return factUses(rubric)
      .filter((u) => !declared.has(u.fact))
      .map((u) =>
        error(CODE, u.path, `${u.owner.zh} 引用了未声明的录入事项 ${u.fact}`, `${u.owner.en} uses undeclared fact ${u.fact}`),
      );
  },
};
