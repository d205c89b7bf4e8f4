import type { Issue } from '../../result/types.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'quota.shape';

/**
 * A tolerance belongs to a target only; an upper limit (atMost) needs a level below its set, where
 * the excess subjects go.
 */
export const quotaShape: RubricRule = {
  code: CODE,
  description: { zh: '比例控制的写法完整、可执行', en: 'A quota is complete and can be applied' },
  check(rubric) {
    const out: Issue[] = [];
    const order = new Map(rubric.levels.map((l, i) => [l.id, i]));
    (rubric.quotas ?? []).forEach((q, i) => {
      if (q.tolerance !== undefined && q.kind !== 'target') {
        out.push(
          error(
            CODE,
            ['quotas', i, 'tolerance'],
            `比例控制 ${q.id} 是“${q.kind === 'atMost' ? '不超过' : '不低于'}”类型，不能设置允许偏差（tolerance 只用于“左右”目标比例）`,
            `quota ${q.id} is ${q.kind}: a tolerance applies only to a target quota`,
          ),
        );
      }
      if (q.kind === 'atMost') {
        const positions = q.levels.map((l) => order.get(l)).filter((p): p is number => p !== undefined);
        if (positions.length === q.levels.length && Math.max(...positions) === rubric.levels.length - 1) {
          out.push(
            error(
              CODE,
              ['quotas', i, 'levels'],
              `比例控制 ${q.id} 限制的等次包含最低一等，超出比例的对象无处可降`,
              `quota ${q.id} limits a set that includes the lowest level: there is no level below to move the excess to`,
            ),
          );
        }
      }
    });
    return out;
  },
};
