import type { Issue } from '../../result/types.js';
import type { Condition } from '../../schema/condition.js';
import { error, type RubricRule } from '../rule.js';
import { conditionRoots } from '../walk.js';

const CODE = 'condition.depth';

/** The deepest a condition may nest, counting through the shared conditions it refers to. */
export const MAX_CONDITION_DEPTH = 32;

/** Conditions nest at most {@link MAX_CONDITION_DEPTH} levels, shared conditions expanded. */
export const conditionDepth: RubricRule = {
  code: CODE,
  description: {
    zh: `条件嵌套不超过 ${MAX_CONDITION_DEPTH} 层（共用条件展开后计算）`,
    en: `Conditions nest at most ${MAX_CONDITION_DEPTH} levels, shared conditions expanded`,
  },
  check(rubric) {
    const shared = rubric.conditions ?? {};
    const memo = new Map<string, number>();
    const expanding = new Set<string>();
    const depth = (c: Condition): number => {
      if ('all' in c) return 1 + Math.max(...c.all.map(depth));
      if ('any' in c) return 1 + Math.max(...c.any.map(depth));
      if ('not' in c) return 1 + depth(c.not);
      if ('condition' in c) {
        const name = c.condition;
        // Missing or cyclic references are reported by their own rules.
        if (!Object.prototype.hasOwnProperty.call(shared, name) || expanding.has(name)) return 1;
        const known = memo.get(name);
        if (known !== undefined) return known;
        expanding.add(name);
        const d = depth(shared[name]!);
        expanding.delete(name);
        memo.set(name, d);
        return d;
      }
      return 1;
    };
    const out: Issue[] = [];
    for (const root of conditionRoots(rubric)) {
      const d = depth(root.condition);
      if (d > MAX_CONDITION_DEPTH) {
        out.push(
          error(
            CODE,
            root.path,
            `${root.owner.zh} 的条件嵌套了 ${d} 层，超过 ${MAX_CONDITION_DEPTH} 层的上限，请拆分或简化`,
            `the condition of ${root.owner.en} nests ${d} levels, more than the limit of ${MAX_CONDITION_DEPTH}; split or simplify it`,
          ),
        );
      }
    }
    return out;
  },
};
