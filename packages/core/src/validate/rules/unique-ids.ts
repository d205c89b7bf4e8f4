import type { Message } from '../../result/types.js';
import type { Issue } from '../../result/types.js';
import { KIND } from '../../messages/kinds.js';
import { error, type RubricRule } from '../rule.js';
import { indicators, type Path } from '../walk.js';

const CODE = 'ids.duplicate';

function duplicates(items: { id: string; path: Path }[], kind: Message, out: Issue[], scope?: Message): void {
  const first = new Map<string, Path>();
  for (const { id, path } of items) {
    if (!first.has(id)) {
      first.set(id, path);
      continue;
    }
    const inZh = scope ? `${scope.zh}中` : '';
    const inEn = scope ? ` in ${scope.en}` : '';
    out.push(
      error(CODE, [...path, 'id'], `${inZh}${kind.zh}编号 ${id} 重复出现，编号必须唯一`, `${kind.en} id ${id} is used more than once${inEn}; ids must be unique`),
    );
  }
}

const withPaths = (items: { id: string }[] | undefined, key: string) => (items ?? []).map((x, i) => ({ id: x.id, path: [key, i] as Path }));

/** Ids are unique within each kind (facts, indicators across all sections, levels …) and options within a fact. */
export const uniqueIds: RubricRule = {
  code: CODE,
  description: { zh: '同类事项的编号不能重复', en: 'Ids are unique within each kind' },
  check(rubric) {
    const out: Issue[] = [];
    duplicates(withPaths(rubric.facts, 'facts'), KIND.fact, out);
    duplicates(withPaths(rubric.categories, 'categories'), KIND.category, out);
    duplicates(withPaths(rubric.sources, 'sources'), KIND.source, out);
    duplicates(withPaths(rubric.assumptions, 'assumptions'), KIND.assumption, out);
    duplicates(withPaths(rubric.sections, 'sections'), KIND.section, out);
    duplicates(indicators(rubric).map(({ indicator, path }) => ({ id: indicator.id, path })), KIND.indicator, out);
    duplicates(withPaths(rubric.adjustments, 'adjustments'), KIND.adjustment, out);
    duplicates(withPaths(rubric.adjustmentGroups, 'adjustmentGroups'), KIND.adjustmentGroup, out);
    duplicates(withPaths(rubric.levels, 'levels'), KIND.level, out);
    duplicates(withPaths(rubric.crosswalks, 'crosswalks'), KIND.crosswalk, out);
    duplicates(withPaths(rubric.gates, 'gates'), KIND.gate, out);
    duplicates(withPaths(rubric.flags, 'flags'), KIND.flag, out);
    duplicates(withPaths(rubric.quotas, 'quotas'), KIND.quota, out);
    duplicates(withPaths(rubric.ranks, 'ranks'), KIND.rank, out);
    duplicates(withPaths(rubric.outcomes, 'outcomes'), KIND.outcome, out);
    duplicates(withPaths(rubric.history, 'history'), KIND.history, out);
    rubric.facts.forEach((f, i) => {
      if (f.type === 'enum' || f.type === 'enumList') {
        duplicates(
          f.options.map((o, j) => ({ id: o.id, path: ['facts', i, 'options', j] as Path })),
          { zh: '选项', en: 'option' },
          out,
          { zh: `录入事项 ${f.id} `, en: `fact ${f.id}` },
        );
      }
    });
    (rubric.crosswalks ?? []).forEach((c, i) =>
      duplicates(
        c.levels.map((l, j) => ({ id: l.id, path: ['crosswalks', i, 'levels', j] as Path })),
        KIND.level,
        out,
        { zh: `等次对照 ${c.id} `, en: `crosswalk ${c.id}` },
      ),
    );
    return out;
  },
};
