import type { PreparedPlan } from '../evaluate/plan.js';
import type { Condition } from '../schema/condition.js';
import { idx, num } from './literal.js';

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
 * A condition as one expression over the numeric facts' locals, when every leaf compares a
 * numeric fact (always a finite number once checked) with a number and has no path; these are
 * the leaves the core compiles to unboxed comparisons, and none of them can throw, so `&&` and
 * `||` may short-circuit as the core's closures do. Undefined for anything else: the site's own
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
  if (op === undefined || (leaf.path !== undefined && leaf.path !== '') || typeof leaf.value !== 'number' || Number.isNaN(leaf.value)) return undefined;
  const i = typeof leaf.fact === 'string' ? plan.factIndex.get(leaf.fact) : undefined;
  if (i === undefined || !(plan.facts[i] as PreparedPlan['facts'][number]).numeric) return undefined;
  return `(n${idx(i)} ${op} ${num(leaf.value)})`;
}
