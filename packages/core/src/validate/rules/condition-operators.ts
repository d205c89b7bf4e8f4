import type { Issue } from '../../result/types.js';
import type { FactDeclaration } from '../../schema/facts.js';
import type { Operator } from '../../schema/condition.js';
import { quote } from '../../messages/message.js';
import { FACT_TYPE_NAMES, factMap } from '../facts.js';
import { error, type RubricRule } from '../rule.js';
import { conditionLeaves } from '../walk.js';

const CODE = 'condition.operator';

const NUMERIC: ReadonlySet<Operator> = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** Whether a literal can be a value of the fact (a scalar, for comparisons with =, in …). */
function fitsScalar(fact: FactDeclaration, v: unknown): boolean {
  switch (fact.type) {
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'enum':
    case 'enumList':
      return typeof v === 'string' && fact.options.some((o) => o.id === v);
  }
}

function expected(fact: FactDeclaration): { zh: string; en: string } {
  if (fact.type === 'enum' || fact.type === 'enumList') {
    const ids = fact.options.map((o) => o.id);
    return { zh: `录入事项 ${fact.id} 的选项之一（${ids.join('、')}）`, en: `an option of fact ${fact.id} (${ids.join(', ')})` };
  }
  const t = FACT_TYPE_NAMES[fact.type];
  return { zh: `${t.zh}类型的值`, en: `a ${t.en} value` };
}

/**
 * A fact test makes sense for its fact, with json-rules-engine's meaning of each operator: numeric
 * comparisons on numbers, `contains` on lists, `in` with a list of values, values that the fact can
 * take (enum options). A test that can never hold is an authoring mistake, so it is an error.
 * Tests that select inside a fact (`path`), on asynchronous facts, or against another fact are not
 * checked here.
 */
export const conditionOperators: RubricRule = {
  code: CODE,
  description: { zh: '条件的运算符和比较值与录入事项类型相符', en: 'Condition operators and values fit the fact’s type' },
  check(rubric) {
    const facts = factMap(rubric);
    const out: Issue[] = [];
    for (const { leaf, path, owner } of conditionLeaves(rubric)) {
      const fact = facts.get(leaf.fact);
      if (!fact || fact.source === 'async' || leaf.path !== undefined) continue;
      const v = leaf.value;
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'fact' in v) continue;
      const t = FACT_TYPE_NAMES[fact.type];
      const op = leaf.operator;
      const report = (zh: string, en: string) =>
        out.push(error(CODE, [...path, 'operator'], `${owner.zh} 的条件（录入事项 ${fact.id} ${op} ${quote(v)}）${zh}`, `${owner.en}: the test (fact ${fact.id} ${op} ${quote(v)}) ${en}`));
      const reportValue = (zh: string, en: string) =>
        out.push(error(CODE, [...path, 'value'], `${owner.zh} 的条件（录入事项 ${fact.id} ${op} ${quote(v)}）${zh}`, `${owner.en}: the test (fact ${fact.id} ${op} ${quote(v)}) ${en}`));

      if (NUMERIC.has(op)) {
        if (fact.type !== 'number' && fact.type !== 'integer') {
          report(`只能用于数字录入事项，而 ${fact.id} 是${t.zh}类型`, `compares sizes, but ${fact.id} is ${t.en}, not a number`);
        } else if (typeof v !== 'number') {
          reportValue('的比较值应为数字', 'must compare with a number');
        }
      } else if (op === 'contains' || op === 'doesNotContain') {
        if (fact.type !== 'enumList') {
          report(`只能用于多选录入事项（判断是否包含某项），而 ${fact.id} 是${t.zh}类型`, `tests list membership, but ${fact.id} is ${t.en}, not an enumList`);
        } else if (!fitsScalar(fact, v)) {
          const e = expected(fact);
          reportValue(`的比较值应为${e.zh}`, `must compare with ${e.en}`);
        }
      } else if (op === 'in' || op === 'notIn') {
        if (fact.type === 'enumList') {
          report('不适用于多选录入事项，请改用 contains / doesNotContain', 'does not apply to an enumList fact; use contains / doesNotContain');
        } else if (!Array.isArray(v)) {
          reportValue('的比较值应为列表，例如 ["a", "b"]', 'must compare with a list, e.g. ["a", "b"]');
        } else {
          const bad = v.filter((x) => !fitsScalar(fact, x));
          if (bad.length > 0) {
            const e = expected(fact);
            reportValue(`中 ${bad.map((x) => quote(x)).join('、')} 不是${e.zh}`, `lists ${bad.map((x) => quote(x)).join(', ')}, which ${bad.length > 1 ? 'are' : 'is'} not ${e.en}`);
          }
        }
      } else {
        // equal / notEqual: strict equality, as json-rules-engine does.
        if (fact.type === 'enumList') {
          report('不适用于多选录入事项（列表不能用“等于”比较），请改用 contains / doesNotContain', 'cannot compare a list for equality; use contains / doesNotContain');
        } else if (!fitsScalar(fact, v)) {
          const e = expected(fact);
          reportValue(`的比较值应为${e.zh}，否则条件永远不会成立`, `must compare with ${e.en}, or it can never hold`);
        }
      }
    }
    return out;
  },
};
