import type { Issue } from '../../result/types.js';
import { factMap } from '../facts.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'tiered.options';

/** A tiered adjustment's tiers are options of its fact. */
export const tierOptions: RubricRule = {
  code: CODE,
  description: { zh: '分档计分的档位都是录入事项的选项', en: 'Tiers of a tiered adjustment are options of its fact' },
  check(rubric) {
    const facts = factMap(rubric);
    const out: Issue[] = [];
    (rubric.adjustments ?? []).forEach((a, i) => {
      if (a.kind !== 'tiered') return;
      const fact = facts.get(a.fact);
      if (!fact || (fact.type !== 'enum' && fact.type !== 'enumList')) return; // other rules report it
      const options = new Set(fact.options.map((o) => o.id));
      for (const tier of Object.keys(a.tiers)) {
        if (!options.has(tier)) {
          out.push(
            error(
              CODE,
              ['adjustments', i, 'tiers', tier],
              `加减分项 ${a.id} 的档位 ${tier} 不是录入事项 ${fact.id} 的选项（可选：${[...options].join('、')}）`,
              `adjustment ${a.id}: tier ${tier} is not an option of fact ${fact.id} (options: ${[...options].join(', ')})`,
            ),
          );
        }
      }
    });
    return out;
  },
};
