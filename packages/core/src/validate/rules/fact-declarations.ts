import type { Issue } from '../../result/types.js';
import type { FactDeclaration } from '../../schema/facts.js';
import { quote } from '../../messages/message.js';
import { isMultipleOf } from '../exact.js';
import { error, type RubricRule } from '../rule.js';

const CODE = 'fact.declaration';

/** Problems with a declaration's own default value, in words. */
function defaultProblems(f: FactDeclaration): { zh: string; en: string }[] {
  const problems: { zh: string; en: string }[] = [];
  if (f.default === undefined) return problems;
  switch (f.type) {
    case 'number':
    case 'integer': {
      const d = f.default;
      if (f.min !== undefined && d < f.min) problems.push({ zh: `小于最小值 ${f.min}`, en: `is below the minimum ${f.min}` });
      if (f.max !== undefined && d > f.max) problems.push({ zh: `大于最大值 ${f.max}`, en: `is above the maximum ${f.max}` });
      if (f.step !== undefined && !isMultipleOf(d, f.step)) problems.push({ zh: `不是步长 ${f.step} 的整数倍`, en: `is not a multiple of the step ${f.step}` });
      break;
    }
    case 'enum':
      if (!f.options.some((o) => o.id === f.default)) problems.push({ zh: '不是选项之一', en: 'is not one of the options' });
      break;
    case 'enumList': {
      const ids = new Set(f.options.map((o) => o.id));
      const unknown = f.default.filter((v) => !ids.has(v));
      if (unknown.length > 0) problems.push({ zh: `含有不是选项的 ${unknown.map((u) => quote(u)).join('、')}`, en: `lists ${unknown.map((u) => quote(u)).join(', ')}, not options` });
      if (new Set(f.default).size !== f.default.length) problems.push({ zh: '含有重复的选项', en: 'repeats an option' });
      if (f.maxItems !== undefined && f.default.length > f.maxItems) problems.push({ zh: `超过最多 ${f.maxItems} 项的限制`, en: `has more than ${f.maxItems} items` });
      break;
    }
    case 'string':
      if (f.maxLength !== undefined && f.default.length > f.maxLength) problems.push({ zh: `超过 ${f.maxLength} 个字符`, en: `is longer than ${f.maxLength} characters` });
      break;
    case 'boolean':
      break;
  }
  return problems;
}

/**
 * A fact declaration is coherent: min ≤ max, its default fits its own range, step, options and
 * length, and a fact with a default is not also marked required (the default would never be used).
 */
export const factDeclarations: RubricRule = {
  code: CODE,
  description: { zh: '录入事项的声明自洽（范围、默认值、必填）', en: 'Fact declarations are coherent (range, default, required)' },
  check(rubric) {
    const out: Issue[] = [];
    rubric.facts.forEach((f, i) => {
      const path = ['facts', i];
      if ((f.type === 'number' || f.type === 'integer') && f.min !== undefined && f.max !== undefined && f.min > f.max) {
        out.push(error(CODE, [...path, 'min'], `录入事项 ${f.id} 的最小值 ${f.min} 大于最大值 ${f.max}`, `fact ${f.id}: min ${f.min} is greater than max ${f.max}`));
      }
      for (const p of defaultProblems(f)) {
        out.push(error(CODE, [...path, 'default'], `录入事项 ${f.id} 的默认值 ${quote(f.default)} ${p.zh}`, `fact ${f.id}: the default ${quote(f.default)} ${p.en}`));
      }
      if (f.required === true && f.default !== undefined) {
        out.push(
          error(
            CODE,
            [...path, 'required'],
            `录入事项 ${f.id} 既标为必填又给了默认值，默认值永远不会用到；请删去其中之一`,
            `fact ${f.id} is required and has a default, which would never be used; remove one`,
          ),
        );
      }
      if (f.source === 'async' && f.default !== undefined) {
        // An asynchronous fact is looked up, never given; a default would hide a failed lookup.
        out.push(
          error(
            CODE,
            [...path, 'default'],
            `录入事项 ${f.id} 是异步获取的，不能设置默认值（否则获取失败时会被默默替代）`,
            `fact ${f.id} is looked up asynchronously and cannot have a default (it would hide a failed lookup)`,
          ),
        );
      }
    });
    return out;
  },
};
