import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { factUses } from '../../validate/walk.js';

const CODE = 'fact.unused';

/** Every declared fact is used by some rule; subjects must still supply unused required facts. */
export const unusedFacts: RubricRule = {
  code: CODE,
  description: { zh: '声明的录入事项都有用到', en: 'Every declared fact is used' },
  check(rubric) {
    const used = new Set(factUses(rubric).map((u) => u.fact));
    const out: Issue[] = [];
    rubric.facts.forEach((f, i) => {
      if (!used.has(f.id)) {
        out.push(warning(CODE, ['facts', i], `录入事项 ${f.id} 已声明，但没有任何指标、加减分项或条件用到它`, `fact ${f.id} is declared but no indicator, adjustment or condition uses it`));
      }
    });
    return out;
  },
};
