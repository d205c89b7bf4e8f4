import type { Message } from '../result/types.js';
import type { FactDeclaration, FactType } from '../schema/facts.js';
import type { Rubric } from '../schema/rubric.js';

/** Declared facts by id (first declaration wins; duplicates are reported by ids.duplicate). */
export function factMap(rubric: Rubric): Map<string, FactDeclaration> {
  const map = new Map<string, FactDeclaration>();
  for (const f of rubric.facts) if (!map.has(f.id)) map.set(f.id, f);
  return map;
}

export const FACT_TYPE_NAMES: Record<FactType, Message> = {
  number: { zh: '数字（number）', en: 'number' },
  integer: { zh: '整数（integer）', en: 'integer' },
  boolean: { zh: '是/否（boolean）', en: 'boolean' },
  enum: { zh: '单选（enum）', en: 'enum' },
  enumList: { zh: '多选（enumList）', en: 'enumList' },
  string: { zh: '文字（string）', en: 'string' },
};
