import type { Message, SubjectError } from '../../result/types.js';
import type { HistoryEntry, Override } from '../../schema/subject.js';
import { fmtValue } from '../format.js';
import type { NumericFacts, PreparedPlan } from '../plan.js';
import { compileFastCheck, type FastCheck } from './fast-check.js';

/** A subject that passed every check: facts by index, ready to score. */
export interface CheckedSubject {
  id: string;
  index: number;
  category: string | undefined;
  /** Category slot (0 = none). */
  slot: number;
  facts: unknown[];
  /** The numeric facts again, unboxed (see `NumericFacts`); `facts` holds every fact. */
  num: NumericFacts;
  /** Overrides by gate index. */
  overrides: Map<number, Override>;
  /** Earlier periods, latest first. */
  history: HistoryEntry[];
}

/** Keys that could reach Object.prototype when copied; refused anywhere in a subject. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const SUBJECT_KEYS: ReadonlySet<string> = new Set(['id', 'category', 'facts', 'history', 'overrides']);
const HISTORY_KEYS: ReadonlySet<string> = new Set(['period', 'level']);
const OVERRIDE_KEYS: ReadonlySet<string> = new Set(['gate', 'reason', 'by']);

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const FAST = new WeakMap<PreparedPlan, FastCheck | null>();
function fastCheckOf(plan: PreparedPlan): FastCheck | null {
  let f = FAST.get(plan);
  if (f === undefined) {
    f = compileFastCheck(plan);
    FAST.set(plan, f);
  }
  return f;
}

/** Values found by the asynchronous evaluator, by fact id. */
export type ResolvedFacts = ReadonlyMap<string, unknown>;

/**
 * Checks a subject against the plan (semantics point 1) and lays its facts out by index.
 * Every problem is reported, not just the first.
 */
export function checkSubject(
  plan: PreparedPlan,
  subject: unknown,
  index: number,
  resolved?: ResolvedFacts,
): { ok: true; subject: CheckedSubject } | { ok: false; errors: SubjectError[] } {
  if (resolved === undefined) {
    // The common case, a subject with nothing wrong, checked without building anything.
    const fast = fastCheckOf(plan);
    if (fast) {
      const facts: unknown[] = new Array(plan.facts.length);
      const num = new Float64Array(plan.facts.length);
      const slot = fast(subject, facts, num, true);
      if (slot >= 0) {
        for (const f of plan.facts) if (f.numeric) facts[f.index] = num[f.index];
        const s = subject as { id: string; category?: string };
        return { ok: true, subject: { id: s.id, index, category: s.category, slot, facts, num, overrides: new Map(), history: [] } };
      }
    }
  }
  const errors: SubjectError[] = [];
  let id: string | null = null;
  const err = (path: string, code: string, message: Message): void => {
    errors.push({ id, index, path, code, message });
  };
  if (!isPlainObject(subject)) {
    err('', 'subject-shape', { zh: '评价对象应为一个对象（含 id 和 facts）', en: 'a subject must be an object with id and facts' });
    return { ok: false, errors };
  }
  if (typeof subject.id === 'string' && subject.id.length >= 1 && subject.id.length <= 200) id = subject.id;
  else err('id', 'subject-id', { zh: 'id 应为 1 至 200 个字符的文本', en: 'id must be text of 1 to 200 characters' });
  for (const k of Object.keys(subject)) {
    if (RESERVED_KEYS.has(k)) err(k, 'reserved-key', { zh: `不允许使用保留字 ${k} 作为键`, en: `the reserved key ${k} is not allowed` });
    else if (!SUBJECT_KEYS.has(k)) err(k, 'subject-unknown-key', { zh: `未知字段 ${k}`, en: `unknown field ${k}` });
  }

  // Category
  let category: string | undefined;
  let slot = 0;
  if (subject.category !== undefined) {
    const s = typeof subject.category === 'string' ? plan.categorySlot.get(subject.category) : undefined;
    if (s === undefined) {
      const list = plan.categories.length ? plan.categories.join(', ') : '（本评分细则未设分类）';
      err('category', 'unknown-category', {
        zh: `分类 ${fmtValue(subject.category)} 未在评分细则中声明；可用分类：${list}`,
        en: `category ${fmtValue(subject.category)} is not declared; declared: ${plan.categories.join(', ') || 'none'}`,
      });
    } else {
      category = subject.category as string;
      slot = s;
    }
  } else if (plan.categories.length > 0) {
    err('category', 'category-missing', { zh: `缺少分类；可用分类：${plan.categories.join('、')}`, en: `category is missing; declared: ${plan.categories.join(', ')}` });
  }

  // Facts
  const facts: unknown[] = new Array(plan.facts.length);
  const given = subject.facts;
  if (!isPlainObject(given)) {
    err('facts', 'facts-shape', { zh: 'facts 应为一个对象（录入事项名 → 取值）', en: 'facts must be an object of fact id → value' });
  } else {
    for (const k of Object.keys(given)) {
      if (RESERVED_KEYS.has(k)) {
        err(`facts.${k}`, 'reserved-key', { zh: `不允许使用保留字 ${k} 作为录入事项名`, en: `the reserved key ${k} is not allowed as a fact id` });
      } else if (!plan.factIndex.has(k)) {
        err(`facts.${k}`, 'undeclared-fact', { zh: `录入事项 ${k} 未在评分细则中声明`, en: `the fact ${k} is not declared in the rubric` });
      }
    }
    for (const f of plan.facts) {
      const path = `facts.${f.id}`;
      let v: unknown;
      let present: boolean;
      if (f.async) {
        if (has(given, f.id)) {
          err(path, 'async-fact-given', { zh: `录入事项 ${f.id} 由系统查询获取，不应在评价对象中填写`, en: `the fact ${f.id} is looked up, not given in the subject` });
          continue;
        }
        present = resolved?.has(f.id) === true && resolved.get(f.id) !== undefined;
        v = present ? resolved?.get(f.id) : undefined;
      } else if (has(given, f.id)) {
        present = true;
        v = given[f.id];
      } else {
        present = resolved?.has(f.id) === true && resolved.get(f.id) !== undefined;
        v = present ? resolved?.get(f.id) : undefined;
      }
      if (!present) {
        if (f.required) {
          err(path, f.async ? 'async-fact-missing' : 'fact-missing', {
            zh: f.async ? `必需的录入事项 ${f.id}（${f.decl.label.zh}）须通过异步求值查询获得` : `缺少必填的录入事项 ${f.id}（${f.decl.label.zh}）`,
            en: f.async ? `the required fact ${f.id} is looked up: use the async evaluator` : `the required fact ${f.id} is missing`,
          });
        } else if (f.defaultValue !== undefined) {
          facts[f.index] = Array.isArray(f.defaultValue) ? f.defaultValue.slice() : f.defaultValue;
        }
        continue;
      }
      const problem = f.check(v);
      if (problem) err(path, 'fact-value', { zh: `录入事项 ${f.id}（${f.decl.label.zh}）：${problem.zh}`, en: `fact ${f.id}: ${problem.en}` });
      else facts[f.index] = v;
    }
  }

  // History
  const history: HistoryEntry[] = [];
  if (subject.history !== undefined) {
    if (!Array.isArray(subject.history) || subject.history.length > 100) {
      err('history', 'history-shape', { zh: 'history 应为不超过 100 项的列表', en: 'history must be a list of at most 100 entries' });
    } else {
      const periods = new Set<string>();
      subject.history.forEach((h: unknown, i: number) => {
        const p = `history[${i}]`;
        if (!isPlainObject(h) || Object.keys(h).some((k) => !HISTORY_KEYS.has(k))) {
          err(p, 'history-shape', { zh: '历史记录应为 { period, level }', en: 'a history entry must be { period, level }' });
          return;
        }
        if (typeof h.period !== 'string' || h.period.length < 1 || h.period.length > 40) {
          err(`${p}.period`, 'history-period', { zh: 'period 应为 1 至 40 个字符的文本，如 "2019"', en: 'period must be text of 1 to 40 characters, e.g. "2019"' });
          return;
        }
        if (periods.has(h.period)) {
          err(`${p}.period`, 'history-duplicate', { zh: `期次 ${h.period} 重复`, en: `the period ${h.period} appears twice` });
          return;
        }
        periods.add(h.period);
        if (h.level !== null && (typeof h.level !== 'string' || !plan.levelIndex.has(h.level))) {
          err(`${p}.level`, 'history-level', { zh: `等次 ${fmtValue(h.level)} 未在评分细则中声明`, en: `the level ${fmtValue(h.level)} is not declared` });
          return;
        }
        history.push({ period: h.period, level: h.level as string | null });
      });
      // Latest first; periods are sortable labels such as "2019" or "2019-H2".
      history.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
    }
  }

  // Overrides
  const overrides = new Map<number, Override>();
  if (subject.overrides !== undefined) {
    if (!Array.isArray(subject.overrides) || subject.overrides.length > 100) {
      err('overrides', 'overrides-shape', { zh: 'overrides 应为不超过 100 项的列表', en: 'overrides must be a list of at most 100 entries' });
    } else {
      subject.overrides.forEach((o: unknown, i: number) => {
        const p = `overrides[${i}]`;
        if (!isPlainObject(o) || Object.keys(o).some((k) => !OVERRIDE_KEYS.has(k))) {
          err(p, 'override-shape', { zh: '特批记录应为 { gate, reason, by }', en: 'an override must be { gate, reason, by }' });
          return;
        }
        if (typeof o.reason !== 'string' || o.reason.length < 1 || o.reason.length > 2000) {
          err(`${p}.reason`, 'override-reason', { zh: '特批须写明理由（1 至 2000 字）', en: 'an override needs a reason (1 to 2000 characters)' });
          return;
        }
        if (o.by !== undefined && (typeof o.by !== 'string' || o.by.length > 200)) {
          err(`${p}.by`, 'override-by', { zh: 'by（批准人）应为不超过 200 字的文本', en: 'by must be text of at most 200 characters' });
          return;
        }
        const gi = typeof o.gate === 'string' ? plan.gateIndex.get(o.gate) : undefined;
        if (gi === undefined) {
          err(`${p}.gate`, 'override-unknown-gate', { zh: `特批指向的规则 ${fmtValue(o.gate)} 不存在`, en: `the override names an unknown gate ${fmtValue(o.gate)}` });
          return;
        }
        const gate = plan.gates[gi];
        if (!gate?.soft) {
          err(`${p}.gate`, 'override-hard-gate', {
            zh: `规则 ${String(o.gate)} 是刚性规定，不能特批解除（只有“原则上”的规定可以）`,
            en: `the gate ${String(o.gate)} is not soft and cannot be overridden`,
          });
          return;
        }
        if (overrides.has(gi)) {
          err(`${p}.gate`, 'override-duplicate', { zh: `规则 ${String(o.gate)} 的特批重复`, en: `the gate ${String(o.gate)} is overridden twice` });
          return;
        }
        overrides.set(gi, { gate: o.gate as string, reason: o.reason, ...(o.by !== undefined ? { by: o.by as string } : {}) });
      });
    }
  }

  if (errors.length > 0 || id === null) return { ok: false, errors };
  const num = new Float64Array(plan.facts.length);
  for (const f of plan.facts) if (f.numeric) num[f.index] = facts[f.index] as number;
  return { ok: true, subject: { id, index, category, slot, facts, num, overrides, history } };
}
