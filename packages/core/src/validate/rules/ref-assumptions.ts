import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';
import { provenanced } from '../walk.js';

const CODE = 'ref.assumption';

/** Every assumption a rule rests on is stated in `assumptions`. */
export const refAssumptions: RubricRule = {
  code: CODE,
  description: { zh: '引用的假定都已写明', en: 'Every referenced assumption is stated' },
  check(rubric) {
    const stated = new Set((rubric.assumptions ?? []).map((a) => a.id));
    const out: Issue[] = [];
    for (const { item, path, owner } of provenanced(rubric)) {
      (item.assumptions ?? []).forEach((a, i) => {
        if (!stated.has(a)) {
          out.push(error(CODE, [...path, 'assumptions', i], `${owner.zh} 引用了未写明的假定 ${a}`, `${owner.en} rests on unstated assumption ${a}`));
        }
      });
    }
    return out;
  },
};
