import { error, type RubricRule } from '../rule.js';
import { categoryReferences } from '../walk.js';

const CODE = 'ref.category';

/** Every category named by an indicator, adjustment, gate, outcome, rank or level band is declared in `categories`. */
export const refCategories: RubricRule = {
  code: CODE,
  description: { zh: '引用的类别都已声明', en: 'Every referenced category is declared' },
  check(rubric) {
    const declared = new Set((rubric.categories ?? []).map((c) => c.id));
    return categoryReferences(rubric)
      .filter((r) => !declared.has(r.category))
      .map((r) =>
        error(CODE, r.path, `${r.owner.zh} 引用了未声明的类别 ${r.category}`, `${r.owner.en} names undeclared category ${r.category}`),
      );
  },
};
