import type { Issue } from '../../result/types.js';
import type { Condition } from '../../schema/condition.js';
import { error, type RubricRule } from '../rule.js';
import { walkCondition } from '../walk.js';

const CODE = 'condition.cycle';

/** The shared conditions a condition names directly. */
export function referencedConditions(condition: Condition): string[] {
  const names: string[] = [];
  walkCondition(condition, [], (node) => {
    if ('condition' in node) names.push(node.condition);
  });
  return names;
}

/** Shared conditions never refer to themselves, directly or through others. */
export const conditionCycles: RubricRule = {
  code: CODE,
  description: { zh: '共用条件之间不能循环引用', en: 'Shared conditions do not refer to themselves in a cycle' },
  check(rubric) {
    const shared = rubric.conditions ?? {};
    const has = (n: string) => Object.prototype.hasOwnProperty.call(shared, n);
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const out: Issue[] = [];
    const visit = (name: string): void => {
      state.set(name, 'open');
      stack.push(name);
      for (const next of referencedConditions(shared[name]!)) {
        if (!has(next)) continue; // reported by ref.condition
        const s = state.get(next);
        if (s === 'open') {
          const cycle = [...stack.slice(stack.indexOf(next)), next].join(' → ');
          out.push(
            error(CODE, ['conditions', next], `共用条件循环引用：${cycle}，无法求值`, `shared conditions refer to each other in a cycle: ${cycle}`),
          );
        } else if (s === undefined) visit(next);
      }
      stack.pop();
      state.set(name, 'done');
    };
    for (const name of Object.keys(shared)) if (!state.has(name)) visit(name);
    return out;
  },
};
