import type { Message } from '../result/types.js';

/**
 * What each collection of a rubric holds, named for people. Used to describe a JSON path as
 * "指标 a3" / "indicator a3" rather than "sections[0].indicators[2]".
 */
export const COLLECTION_KINDS: Readonly<Record<string, Message>> = {
  facts: { zh: '录入事项', en: 'fact' },
  sections: { zh: '板块', en: 'section' },
  indicators: { zh: '指标', en: 'indicator' },
  adjustments: { zh: '加减分项', en: 'adjustment' },
  adjustmentGroups: { zh: '加减分组', en: 'adjustment group' },
  levels: { zh: '等次', en: 'level' },
  crosswalks: { zh: '等次对照', en: 'crosswalk' },
  gates: { zh: '等次限定规则', en: 'gate' },
  flags: { zh: '复核提示', en: 'review flag' },
  quotas: { zh: '比例控制', en: 'quota' },
  ranks: { zh: '排名规则', en: 'rank rule' },
  outcomes: { zh: '结果运用', en: 'outcome' },
  history: { zh: '连续期规则', en: 'history rule' },
  categories: { zh: '类别', en: 'category' },
  sources: { zh: '评价主体', en: 'evaluation source' },
  assumptions: { zh: '假定', en: 'assumption' },
  changelog: { zh: '修订记录', en: 'changelog entry' },
  options: { zh: '选项', en: 'option' },
  rows: { zh: '对照行', en: 'row' },
  parts: { zh: '评分部分', en: 'rater part' },
  tieBreak: { zh: '同分排序', en: 'tie-break' },
  conditions: { zh: '共用条件', en: 'shared condition' },
};

/** Kind names used by rules when they name a thing directly. */
export const KIND = {
  fact: COLLECTION_KINDS.facts!,
  section: COLLECTION_KINDS.sections!,
  indicator: COLLECTION_KINDS.indicators!,
  adjustment: COLLECTION_KINDS.adjustments!,
  adjustmentGroup: COLLECTION_KINDS.adjustmentGroups!,
  level: COLLECTION_KINDS.levels!,
  crosswalk: COLLECTION_KINDS.crosswalks!,
  gate: COLLECTION_KINDS.gates!,
  flag: COLLECTION_KINDS.flags!,
  quota: COLLECTION_KINDS.quotas!,
  rank: COLLECTION_KINDS.ranks!,
  outcome: COLLECTION_KINDS.outcomes!,
  history: COLLECTION_KINDS.history!,
  category: COLLECTION_KINDS.categories!,
  source: COLLECTION_KINDS.sources!,
  assumption: COLLECTION_KINDS.assumptions!,
  condition: COLLECTION_KINDS.conditions!,
} as const;

/** "指标 a3" / "indicator a3". */
export function named(kind: Message, id: string): Message {
  return { zh: `${kind.zh} ${id}`, en: `${kind.en} ${id}` };
}
