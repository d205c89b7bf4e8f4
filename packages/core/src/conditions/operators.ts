import type { Operator } from '../schema/condition.js';

/** Raised where json-rules-engine's operator would throw (e.g. `in` against a number). */
export class ConditionTypeError extends Error {
  constructor(readonly operator: Operator, readonly right: unknown) {
    super(`operator "${operator}" needs a list or text on the right, got ${right === null ? 'null' : typeof right}`);
    this.name = 'ConditionTypeError';
  }
}

export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

/** json-rules-engine's check for numeric operators: `parseFloat(x)` is not NaN. */
function numeric(x: unknown): boolean {
  // For a number, parseFloat(String(x)) is NaN exactly when x is NaN: skip the string.
  if (typeof x === 'number') return x === x;
  return !Number.isNaN(Number.parseFloat(x as string));
}

function indexOf(operator: Operator, list: unknown, item: unknown): number {
  if (typeof list === 'string') return list.indexOf(item as string);
  if (Array.isArray(list)) return list.indexOf(item);
  throw new ConditionTypeError(operator, list);
}

/**
 * The ten built-in operators, with json-rules-engine 7's exact semantics (engine-default-operators):
 * strict equality, `indexOf` membership (so `in` also searches text), `contains` only on lists,
 * and the numeric operators only when `parseFloat(factValue)` is a number, then JS comparison.
 */
export const OPERATOR_FNS: Readonly<Record<Operator, OperatorFn>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexOf('in', b, a) > -1,
  notIn: (a, b) => indexOf('notIn', b, a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => numeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => numeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => numeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => numeric(a) && (a as number) >= (b as number),
};

/**
 * The comparisons of a numeric fact (always a finite number, read unboxed from the `num` array)
 * with a number: the same answers as {@link OPERATOR_FNS} for such operands, without boxing the
 * value to call through them. Undefined for the other operators.
 */
export function unboxedComparison(operator: Operator, slot: number, v: number): ((f: readonly unknown[], n: Float64Array) => boolean) | undefined {
  const tests: Partial<Record<Operator, (f: readonly unknown[], n: Float64Array) => boolean>> = {
    equal: (_f, n) => n[slot] === v,
    notEqual: (_f, n) => n[slot] !== v,
    lessThan: (_f, n) => (n[slot] as number) < v,
    lessThanInclusive: (_f, n) => (n[slot] as number) <= v,
    greaterThan: (_f, n) => (n[slot] as number) > v,
    greaterThanInclusive: (_f, n) => (n[slot] as number) >= v,
  };
  return tests[operator];
}

/** Operators that can throw for a right-hand side that is neither a list nor text. */
export const THROWING_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['in', 'notIn']);

/** Operators that convert their operands to primitives, which throws for an object without a prototype. */
export const NUMERIC_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
