import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';
import { conditionRoots, walkCondition } from '../../validate/walk.js';

const CODE = 'condition.unused';

/** Every shared condition is referred to by some rule (directly or through another shared condition that is). */
export const unusedConditions: RubricRule = {
  code: CODE,
  description: { zh: '定义的共用条件都有用到', en: 'Every shared condition is used' },
  check(rubric) {
    const shared = rubric.conditions ?? {};
    const used = new Set<string>();
    const follow = (name: string) => {
      if (used.has(name) || !Object.prototype.hasOwnProperty.call(shared, name)) return;
      used.add(name);
      walkCondition(shared[name]!, [], (node) => {
        if ('condition' in node) follow(node.condition);
      });
    };
    for (const root of conditionRoots(rubric)) {
      if (root.path[0] === 'conditions') continue;
      walkCondition(root.condition, root.path, (node) => {
        if ('condition' in node) follow(node.condition);
      });
    }
    const out: Issue[] = [];
    for (const name of Object.keys(shared)) {
      if (!used.has(name)) out.push(warning(CODE, ['conditions', name], `共用条件 ${name} 已定义，但没有任何规则用到它`, `shared condition ${name} is defined but no rule uses it`));
    }
    return out;
  },
};
