import type { Condition, LeafCondition, Operator } from '../schema/condition.js';
import { OPERATORS } from '../schema/condition.js';
import { NUMERIC_OPERATORS, OPERATOR_FNS, THROWING_OPERATORS, unboxedComparison } from './operators.js';
import { applyPath, parsePath, type PathSegment } from './path.js';

/**
 * A condition compiled into a closure over the fact array (facts by index) and the array of
 * numeric facts (the facts the compiler was told are numeric are read from `num` only).
 */
export type ConditionTest = (facts: readonly unknown[], num: Float64Array) => boolean;

export interface CompiledCondition {
  test: ConditionTest;
  /** Ids of the facts the condition reads, shared conditions included. */
  facts: ReadonlySet<string>;
  /** Whether evaluating it can throw (json-rules-engine would reject the run). */
  mayThrow: boolean;
}

/** A condition that cannot be compiled: unknown fact, unknown shared condition, a cycle … */
export class ConditionCompileError extends Error {
  constructor(
    /** JSON path of the offending condition inside the rubric. */
    readonly path: (string | number)[],
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConditionCompileError';
  }
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);

/**
 * Compiles conditions with json-rules-engine 7's semantics: `all` / `any` of an empty list hold,
 * `not` negates, `{ condition }` reads a shared condition, `value: { fact }` reads another fact,
 * a path is only applied to objects. Within one `all` / `any` the engine evaluates every member
 * (Promise.all), so when a member can throw, every member is evaluated before combining; otherwise
 * the closures short-circuit.
 */
export class ConditionCompiler {
  private readonly shared = new Map<string, CompiledCondition>();
  private readonly inProgress = new Set<string>();

  /**
   * @param objectFree says whether a fact can never hold an object (its declared type is a
   *   number, text, option or list of options). Comparing an object can throw (ToPrimitive on an
   *   object without a prototype), so only leaves over such facts may short-circuit.
   */
  constructor(
    private readonly factIndex: ReadonlyMap<string, number>,
    private readonly sharedSource: Readonly<Record<string, Condition>>,
    private readonly objectFree: (factId: string) => boolean = () => false,
    /** Facts read from the `num` array (always-present numbers), by id. */
    private readonly numeric: (factId: string) => boolean = () => false,
  ) {}

  compile(cond: Condition, path: (string | number)[]): CompiledCondition {
    if (cond === null || typeof cond !== 'object') {
      throw new ConditionCompileError(path, 'condition-shape', 'a condition must be an object');
    }
    if (has(cond, 'any') || has(cond, 'all')) {
      const op = has(cond, 'any') ? 'any' : 'all';
      const list = (cond as Record<string, unknown>)[op];
      if (!Array.isArray(list)) throw new ConditionCompileError([...path, op], 'condition-shape', `"${op}" must be a list`);
      const parts = list.map((c: Condition, i) => this.compile(c, [...path, op, i]));
      return op === 'all' ? combineAll(parts) : combineAny(parts);
    }
    if (has(cond, 'not')) {
      const inner = this.compile((cond as { not: Condition }).not, [...path, 'not']);
      const t = inner.test;
      return { test: (f, n) => !t(f, n), facts: inner.facts, mayThrow: inner.mayThrow };
    }
    if (has(cond, 'condition')) return this.sharedCondition((cond as { condition: string }).condition, path);
    return this.leaf(cond as LeafCondition, path);
  }

  private sharedCondition(name: string, path: (string | number)[]): CompiledCondition {
    const done = this.shared.get(name);
    if (done) return done;
    if (typeof name !== 'string' || !has(this.sharedSource, name)) {
      throw new ConditionCompileError([...path, 'condition'], 'unknown-condition', `no shared condition named "${String(name)}"`);
    }
    if (this.inProgress.has(name)) {
      throw new ConditionCompileError([...path, 'condition'], 'condition-cycle', `shared condition "${name}" refers to itself`);
    }
    this.inProgress.add(name);
    const compiled = this.compile(this.sharedSource[name] as Condition, ['conditions', name]);
    this.inProgress.delete(name);
    this.shared.set(name, compiled);
    return compiled;
  }

  private factSlot(id: unknown, path: (string | number)[]): number {
    const idx = typeof id === 'string' ? this.factIndex.get(id) : undefined;
    if (idx === undefined) throw new ConditionCompileError(path, 'unknown-fact', `condition names an undeclared fact "${String(id)}"`);
    return idx;
  }

  private pathOf(p: unknown, path: (string | number)[]): PathSegment[] | undefined {
    // json-rules-engine ignores an empty path (`if (path)`).
    if (p === undefined || p === '') return undefined;
    try {
      return parsePath(String(p));
    } catch {
      throw new ConditionCompileError(path, 'bad-path', `path "${String(p)}" is not a plain path ($, .name, [index])`);
    }
  }

  private leaf(c: LeafCondition, path: (string | number)[]): CompiledCondition {
    if (!has(c, 'fact') || !has(c, 'operator') || !has(c, 'value')) {
      throw new ConditionCompileError(path, 'condition-shape', 'a fact test needs fact, operator and value');
    }
    const operator = c.operator as Operator;
    if (!OPERATOR_SET.has(operator)) {
      throw new ConditionCompileError([...path, 'operator'], 'unknown-operator', `unknown operator "${String(operator)}"`);
    }
    const op = OPERATOR_FNS[operator];
    const left = this.factSlot(c.fact, [...path, 'fact']);
    const leftPath = this.pathOf(c.path, [...path, 'path']);
    const facts = new Set<string>([c.fact]);
    const v: unknown = c.value;
    const isRef = v !== null && typeof v === 'object' && has(v, 'fact');
    let test: ConditionTest;
    let mayThrow = false;
    if (isRef) {
      const ref = v as { fact: unknown; path?: unknown };
      const right = this.factSlot(ref.fact, [...path, 'value', 'fact']);
      const rightPath = this.pathOf(ref.path, [...path, 'value', 'path']);
      facts.add(ref.fact as string);
      mayThrow = THROWING_OPERATORS.has(operator) || (NUMERIC_OPERATORS.has(operator) && !(this.objectFree(c.fact) && this.objectFree(ref.fact as string)));
      const l = factReader(left, this.numeric(c.fact));
      const r = factReader(right, this.numeric(ref.fact as string));
      test = (f, n) => op(applyPath(l(f, n), leftPath), applyPath(r(f, n), rightPath));
    } else {
      mayThrow =
        (THROWING_OPERATORS.has(operator) && typeof v !== 'string' && !Array.isArray(v)) ||
        (NUMERIC_OPERATORS.has(operator) && (!this.objectFree(c.fact) || (v !== null && typeof v === 'object')));
      // The common leaf, a fact against a constant, reads its array directly.
      const unboxed = !leftPath && this.numeric(c.fact) && typeof v === 'number' ? unboxedComparison(operator, left, v) : undefined;
      if (unboxed) test = unboxed;
      else if (!leftPath) test = this.numeric(c.fact) ? (_f, n) => op(n[left], v) : (f) => op(f[left], v);
      else {
        const l = factReader(left, this.numeric(c.fact));
        test = (f, n) => op(applyPath(l(f, n), leftPath), v);
      }
    }
    return { test, facts, mayThrow };
  }
}

/** Reads fact `slot` from the array it lives in (`num` for the numeric facts, see `ConditionTest`). */
export function factReader(slot: number, numeric: boolean): (f: readonly unknown[], n: Float64Array) => unknown {
  return numeric ? (_f, n) => n[slot] : (f) => f[slot];
}

function unionFacts(parts: readonly CompiledCondition[]): Set<string> {
  const s = new Set<string>();
  for (const p of parts) for (const id of p.facts) s.add(id);
  return s;
}

function combineAll(parts: CompiledCondition[]): CompiledCondition {
  const tests = parts.map((p) => p.test);
  const mayThrow = parts.some((p) => p.mayThrow);
  const facts = unionFacts(parts);
  if (tests.length === 0) return { test: () => true, facts, mayThrow };
  if (tests.length === 1) return { test: tests[0] as ConditionTest, facts, mayThrow };
  if (tests.length === 2 && !mayThrow) {
    const [a, b] = tests as [ConditionTest, ConditionTest];
    return { test: (f, n) => a(f, n) && b(f, n), facts, mayThrow };
  }
  const n = tests.length;
  const test: ConditionTest = mayThrow
    ? (f, num) => {
        let ok = true;
        for (let i = 0; i < n; i++) if (!(tests[i] as ConditionTest)(f, num)) ok = false;
        return ok;
      }
    : (f, num) => {
        for (let i = 0; i < n; i++) if (!(tests[i] as ConditionTest)(f, num)) return false;
        return true;
      };
  return { test, facts, mayThrow };
}

function combineAny(parts: CompiledCondition[]): CompiledCondition {
  const tests = parts.map((p) => p.test);
  const mayThrow = parts.some((p) => p.mayThrow);
  const facts = unionFacts(parts);
  // json-rules-engine: an empty `any` holds (prioritizeAndRun resolves true for no conditions).
  if (tests.length === 0) return { test: () => true, facts, mayThrow };
  if (tests.length === 1) return { test: tests[0] as ConditionTest, facts, mayThrow };
  if (tests.length === 2 && !mayThrow) {
    const [a, b] = tests as [ConditionTest, ConditionTest];
    return { test: (f, n) => a(f, n) || b(f, n), facts, mayThrow };
  }
  const n = tests.length;
  const test: ConditionTest = mayThrow
    ? (f, num) => {
        let ok = false;
        for (let i = 0; i < n; i++) if ((tests[i] as ConditionTest)(f, num)) ok = true;
        return ok;
      }
    : (f, num) => {
        for (let i = 0; i < n; i++) if ((tests[i] as ConditionTest)(f, num)) return true;
        return false;
      };
  return { test, facts, mayThrow };
}
