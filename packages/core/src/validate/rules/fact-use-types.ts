import type { Issue, Message } from '../../result/types.js';
import type { FactType } from '../../schema/facts.js';
import { FACT_TYPE_NAMES, factMap } from '../facts.js';
import { error, type RubricRule } from '../rule.js';
import { factUses, type FactUseKind } from '../walk.js';

const CODE = 'fact.type';

/** Which fact types each use accepts, and how to say so. */
const ACCEPTS: Partial<Record<FactUseKind, { types: FactType[]; what: Message; need: Message }>> = {
  direct: {
    types: ['number', 'integer'],
    what: { zh: '直接计分', en: 'direct points' },
    need: { zh: '数字或整数', en: 'a number or integer' },
  },
  linear: {
    types: ['number', 'integer'],
    what: { zh: '线性折算计分', en: 'linear points' },
    need: { zh: '数字或整数', en: 'a number or integer' },
  },
  raters: {
    types: ['number', 'integer'],
    what: { zh: '多方评价计分', en: 'raters points' },
    need: { zh: '数字或整数', en: 'a number or integer' },
  },
  lookup: {
    types: ['number', 'integer', 'boolean', 'enum', 'string'],
    what: { zh: '对照表计分', en: 'lookup points' },
    need: { zh: '单一取值（数字、整数、是/否、单选或文字）', en: 'a single value (number, integer, boolean, enum or string)' },
  },
  perCount: {
    types: ['integer'],
    what: { zh: '按次计分', en: 'per-count points' },
    need: { zh: '整数（次数）', en: 'an integer (a count)' },
  },
  tiered: {
    types: ['enum', 'enumList'],
    what: { zh: '分档计分', en: 'tiered points' },
    need: { zh: '单选或多选', en: 'an enum or enumList' },
  },
  tieBreak: {
    types: ['number', 'integer'],
    what: { zh: '同分排序', en: 'tie-breaking' },
    need: { zh: '数字或整数', en: 'a number or integer' },
  },
};

/** A list fact may be indexed ($[0]); nothing else inside a declared input fact can be selected. */
const LIST_INDEX = /^\$(\[\d{1,6}\])?$/;

/**
 * Each fact fits how it is used: points need numbers, per-count needs a non-negative integer,
 * tiers need options, and a `path` selects only inside a list or an asynchronous fact.
 */
export const factUseTypes: RubricRule = {
  code: CODE,
  description: { zh: '录入事项的类型与用法相符', en: 'Each fact’s type fits how it is used' },
  check(rubric) {
    const facts = factMap(rubric);
    const out: Issue[] = [];
    for (const use of factUses(rubric)) {
      const fact = facts.get(use.fact);
      if (!fact) continue; // reported by ref.fact
      const accepts = ACCEPTS[use.use];
      const typeName = FACT_TYPE_NAMES[fact.type];
      if (accepts && !accepts.types.includes(fact.type)) {
        out.push(
          error(
            CODE,
            use.path,
            `${use.owner.zh} 的${accepts.what.zh}要求录入事项 ${fact.id} 为${accepts.need.zh}，但它是${typeName.zh}类型`,
            `${use.owner.en}: ${accepts.what.en} needs fact ${fact.id} to be ${accepts.need.en}, but it is ${typeName.en}`,
          ),
        );
        continue;
      }
      if (use.use === 'perCount' && fact.type === 'integer' && (fact.min === undefined || fact.min < 0)) {
        out.push(
          error(
            CODE,
            use.path,
            `${use.owner.zh} 按次计分，录入事项 ${fact.id} 表示次数，应声明 "min": 0（次数不能为负）`,
            `${use.owner.en} counts occurrences: fact ${fact.id} is a count and must declare "min": 0`,
          ),
        );
      }
      if (use.select !== undefined && fact.source !== 'async' && !(fact.type === 'enumList' && LIST_INDEX.test(use.select))) {
        out.push(
          error(
            CODE,
            use.path,
            `${use.owner.zh} 对录入事项 ${fact.id}（${typeName.zh}）使用了路径 ${use.select}，但该录入事项内部没有可选取的内容（路径只能用于多选录入事项的“$[序号]”或异步录入事项）`,
            `${use.owner.en} selects ${use.select} inside fact ${fact.id} (${typeName.en}), which has nothing to select (paths apply to an enumList's $[index] or to async facts)`,
          ),
        );
      }
    }
    return out;
  },
};
