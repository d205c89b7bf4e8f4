import type { PreparedPlan } from '../evaluate/plan.js';
import type { Condition } from '../schema/condition.js';
import { idx, num, str } from './literal.js';

const COMPARISONS: Readonly<Record<string, string>> = {
  equal: '===',
  notEqual: '!==',
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
};

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A condition as one expression over the facts' locals, when every leaf has no path and compares
 * a numeric fact (always a finite number once checked) with a number (the leaves the core
 * compiles to unboxed comparisons), or any other fact with a constant by `equal` / `notEqual`
 * (strict equality); none of them can throw, so `&&` and `||` may short-circuit as the core's
 * closures do. Undefined for anything else: the site's own
 * closure then decides. Branches are taken in the core compiler's order (`any` before `all`).
 */
export function emitCondition(plan: PreparedPlan, cond: Condition, depth = 0): string | undefined {
  if (cond === null || typeof cond !== 'object' || depth > 64) return undefined;
  if (has(cond, 'any') || has(cond, 'all')) {
    const op = has(cond, 'any') ? 'any' : 'all';
    const list = (cond as Record<string, unknown>)[op];
    if (!Array.isArray(list)) return undefined;
    const parts = list.map((c: Condition) => emitCondition(plan, c, depth + 1));
    if (parts.some((p) => p === undefined)) return undefined;
    // An empty list holds for both (json-rules-engine resolves true for no conditions).
    if (parts.length === 0) return 'true';
    return `(${parts.join(op === 'all' ? ' && ' : ' || ')})`;
  }
  if (has(cond, 'not')) {
    const inner = emitCondition(plan, (cond as { not: Condition }).not, depth + 1);
    return inner === undefined ? undefined : `!${inner}`;
  }
  if (has(cond, 'condition')) {
    const name = (cond as { condition: unknown }).condition;
    const shared = plan.rubric.conditions;
    if (typeof name !== 'string' || !shared || !has(shared, name)) return undefined;
    return emitCondition(plan, shared[name] as Condition, depth + 1);
  }
  const leaf = cond as Record<string, unknown>;
  const op = typeof leaf.operator === 'string' && has(COMPARISONS, leaf.operator) ? COMPARISONS[leaf.operator] : undefined;
  const i = typeof leaf.fact === 'string' ? plan.factIndex.get(leaf.fact) : undefined;
  if (op === undefined || i === undefined || (leaf.path !== undefined && leaf.path !== '')) return undefined;
  const value = leaf.value;
  if ((plan.facts[i] as PreparedPlan['facts'][number]).numeric) {
    return typeof value === 'number' && !Number.isNaN(value) ? `(n${idx(i)} ${op} ${num(value)})` : undefined;
  }
  // Any other fact against a constant with `equal` or `notEqual`: strict (in)equality, as the
  // operator itself (no conversion, nothing that can throw).
  if (leaf.operator !== 'equal' && leaf.operator !== 'notEqual') return undefined;
  const literal =
    value === null ? 'null' : typeof value === 'boolean' ? String(value) : typeof value === 'string' ? str(value) : typeof value === 'number' && !Number.isNaN(value) ? num(value) : undefined;
  return literal === undefined ? undefined : `(f${idx(i)} ${op} ${literal})`;
}
