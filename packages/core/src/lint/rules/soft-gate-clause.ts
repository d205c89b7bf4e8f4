import type { Issue } from '../../result/types.js';
import { warning, type RubricRule } from '../../validate/rule.js';

const CODE = 'gate.soft_without_clause';

/**
 * A soft gate ("原则上", in principle) cites its clause: whoever lifts it with an override needs
 * the exact wording that allows it.
 */
export const softGateClause: RubricRule = {
  code: CODE,
  description: { zh: '“原则上”的规则注明出处条款', en: 'A soft gate cites its clause' },
  check(rubric) {
    const out: Issue[] = [];
    (rubric.gates ?? []).forEach((g, i) => {
      if (g.soft === true && g.clause === undefined) {
        out.push(
          warning(
            CODE,
            ['gates', i],
            `等次限定规则 ${g.id} 是“原则上”执行的软性规则，但没有注明出处条款；个案放宽时需要依据原文`,
            `gate ${g.id} is soft ("in principle") but cites no clause; an override needs the wording that allows it`,
          ),
        );
      }
    });
    return out;
  },
};
