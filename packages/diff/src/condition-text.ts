import type { Condition, Message, Rubric } from '@rubricate/core';
import { formatValue } from './format.js';

const OPERATOR_WORDS: Readonly<Record<string, Message>> = {
  equal: { zh: '等于', en: '=' },
  notEqual: { zh: '不等于', en: '≠' },
  lessThan: { zh: '<', en: '<' },
  lessThanInclusive: { zh: '≤', en: '≤' },
  greaterThan: { zh: '>', en: '>' },
  greaterThanInclusive: { zh: '≥', en: '≥' },
  in: { zh: '属于', en: 'in' },
  notIn: { zh: '不属于', en: 'not in' },
  contains: { zh: '包含', en: 'contains' },
  doesNotContain: { zh: '不包含', en: 'does not contain' },
};

/** Bounded, so a deep or wide condition still gives a message of readable length. */
const MAX_CHARS = 300;

function factName(rubric: Rubric, id: string): Message {
  const fact = rubric.facts.find((f) => f.id === id);
  return fact ? { zh: fact.label.zh, en: fact.label.en ?? id } : { zh: id, en: id };
}

/** Option ids of an enum fact shown by their labels: "city" → “市级”. */
function optionNames(rubric: Rubric, factId: string, value: unknown): Message | undefined {
  const fact = rubric.facts.find((f) => f.id === factId);
  if (!fact || (fact.type !== 'enum' && fact.type !== 'enumList')) return undefined;
  const ids = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  if (!ids) return undefined;
  const labels = ids.map((id) => fact.options.find((o) => o.id === id)?.label);
  if (labels.some((l) => l === undefined)) return undefined;
  return {
    zh: labels.map((l) => `“${l!.zh}”`).join('、'),
    en: labels.map((l) => `"${l!.en ?? l!.zh}"`).join(', '),
  };
}

function render(condition: Condition, rubric: Rubric, depth: number): Message {
  if (depth > 20) return { zh: '…', en: '…' };
  if ('all' in condition || 'any' in condition) {
    const items = 'all' in condition ? condition.all : condition.any;
    const parts = items.map((c) => render(c, rubric, depth + 1));
    const [zhSep, enSep] = 'all' in condition ? [' 且 ', ' and '] : [' 或 ', ' or '];
    return { zh: `（${parts.map((p) => p.zh).join(zhSep)}）`, en: `(${parts.map((p) => p.en).join(enSep)})` };
  }
  if ('not' in condition) {
    const inner = render(condition.not, rubric, depth + 1);
    return { zh: `非${inner.zh}`, en: `not ${inner.en}` };
  }
  if ('condition' in condition) {
    return { zh: `条件“${condition.condition}”`, en: `condition "${condition.condition}"` };
  }
  const name = factName(rubric, condition.fact);
  const path = condition.path && condition.path !== '$' ? condition.path.slice(1) : '';
  const op = OPERATOR_WORDS[condition.operator] ?? { zh: condition.operator, en: condition.operator };
  if (typeof condition.value === 'boolean' && (condition.operator === 'equal' || condition.operator === 'notEqual')) {
    // "…行为：是" reads better than "…行为 等于 true".
    const yes = (condition.value === true) === (condition.operator === 'equal');
    return { zh: `${name.zh}${path}：${yes ? '是' : '否'}`, en: `${name.en}${path} is ${yes ? 'true' : 'false'}` };
  }
  const value =
    typeof condition.value === 'object' && condition.value !== null && !Array.isArray(condition.value) && 'fact' in condition.value
      ? factName(rubric, String(condition.value.fact))
      : optionNames(rubric, condition.fact, condition.value) ?? formatValue(condition.value);
  return { zh: `${name.zh}${path} ${op.zh} ${value.zh}`, en: `${name.en}${path} ${op.en} ${value.en}` };
}

/** A condition in words, e.g. "民主评议满意率 < 0.6", using the rubric's fact labels. */
export function conditionText(condition: Condition | undefined, rubric: Rubric): Message {
  if (condition === undefined) return { zh: '（无条件）', en: '(none)' };
  const full = render(condition, rubric, 0);
  const clip = (s: string): string => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1)}…` : s);
  return { zh: clip(full.zh), en: clip(full.en) };
}
