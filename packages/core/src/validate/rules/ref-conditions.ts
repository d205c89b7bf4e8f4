import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';
import { conditionRoots, walkCondition } from '../walk.js';

const CODE = 'ref.condition';

/** Every `{ "condition": name }` names a shared condition in `conditions`. */
export const refConditions: RubricRule = {
  code: CODE,
  description: { zh: '引用的共用条件都已定义', en: 'Every referenced shared condition is defined' },
  check(rubric) {
    const defined = rubric.conditions ?? {};
    const out: Issue[] = [];
    for (const root of conditionRoots(rubric)) {
      walkCondition(root.condition, root.path, (node, path) => {
        if ('condition' in node && !Object.prototype.hasOwnProperty.call(defined, node.condition)) {
          out.push(
            error(
              CODE,
              [...path, 'condition'],
              `${root.owner.zh} 引用了未定义的共用条件 ${node.condition}`,
              `${root.owner.en} uses undefined shared condition ${node.condition}`,
            ),
          );
        }
      });
    }
    return out;
  },
};
