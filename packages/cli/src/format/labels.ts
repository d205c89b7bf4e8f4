import type { Rubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { pick } from '../i18n/text.js';

/** The label of a level in `lang` (e.g. 五星级); "no level" for null; the id for an unknown one. */
export function levelLabel(rubric: Rubric, level: string | null, lang: Lang): string {
  if (level === null) return messages(lang).noLevel;
  const found = rubric.levels.find((l) => l.id === level);
  return found ? pick(found.label, lang) : level;
}

/** The label of a category in `lang`; the id when the rubric does not declare it. */
export function categoryLabel(rubric: Rubric, category: string | undefined, lang: Lang): string {
  if (category === undefined) return '';
  const found = rubric.categories?.find((c) => c.id === category);
  return found ? pick(found.label, lang) : category;
}

/** The label of a level of a crosswalk's scale. */
export function crosswalkLevelLabel(rubric: Rubric, crosswalk: string, level: string | null, lang: Lang): string {
  if (level === null) return messages(lang).noLevel;
  const scale = rubric.crosswalks?.find((c) => c.id === crosswalk);
  const found = scale?.levels.find((l) => l.id === level);
  return found ? pick(found.label, lang) : level;
}

/** The label of any rule by id (indicator, adjustment, gate, quota, outcome …), for explanations. */
export function ruleLabel(rubric: Rubric, id: string, lang: Lang): string | undefined {
  const lists: { id: string; label: { zh: string; en?: string | undefined } }[][] = [
    rubric.sections.flatMap((s) => [s, ...s.indicators]),
    rubric.adjustments ?? [],
    rubric.adjustmentGroups ?? [],
    rubric.gates ?? [],
    rubric.flags ?? [],
    rubric.quotas ?? [],
    rubric.ranks ?? [],
    rubric.outcomes ?? [],
    rubric.history ?? [],
    rubric.crosswalks ?? [],
    rubric.levels,
    rubric.sources ?? [],
  ];
  for (const list of lists) {
    const found = list.find((item) => item.id === id);
    if (found) return pick(found.label, lang);
  }
  return undefined;
}
