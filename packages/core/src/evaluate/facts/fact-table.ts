import type { FactCheck, PreparedPlan } from '../plan.js';
import { numericBounds } from './fact-kinds.js';

/** A number checked inline and stored in `num` (the plan reads it unboxed). */
export const TO_NUM = 1;
/** A number checked inline and stored in the fact array. */
export const TO_OUT = 2;

/**
 * What the compiled check needs of each declared fact, by index, in typed arrays: how its value
 * is checked (numbers inline, other kinds by their own check), where it goes, and its default.
 */
export interface FactTable {
  n: number;
  keys: readonly string[];
  /** 0: checked by `checks[i]`, into `out`; TO_NUM or TO_OUT: a number checked inline. */
  mode: Uint8Array;
  integer: Uint8Array;
  /** Bounds of numbers (open bounds are ±Infinity). */
  min: Float64Array;
  max: Float64Array;
  /** 10^k, k = decimal places of the step; and the step in units of 10^-k (0: no step). */
  factor: Float64Array;
  stepUnits: Float64Array;
  checks: readonly FactCheck[];
  required: Uint8Array;
  numDefaults: Float64Array;
  defaults: readonly unknown[];
  /** 1 where the default is a list, copied when a kept fact array must not share it. */
  listDefault: Uint8Array;
}

export function factTable(plan: PreparedPlan): FactTable {
  const facts = plan.facts;
  const n = facts.length;
  const t: FactTable = {
    n,
    keys: facts.map((f) => f.id),
    mode: new Uint8Array(n),
    integer: new Uint8Array(n),
    min: new Float64Array(n),
    max: new Float64Array(n),
    factor: new Float64Array(n),
    stepUnits: new Float64Array(n),
    checks: facts.map((f) => f.check),
    required: Uint8Array.from(facts, (f) => (f.required ? 1 : 0)),
    numDefaults: Float64Array.from(facts, (f) => (typeof f.defaultValue === 'number' ? f.defaultValue : 0)),
    defaults: facts.map((f) => f.defaultValue),
    listDefault: Uint8Array.from(facts, (f) => (Array.isArray(f.defaultValue) ? 1 : 0)),
  };
  facts.forEach((f, i) => {
    const b = numericBounds(f.decl);
    if (!b) return;
    t.mode[i] = f.numeric ? TO_NUM : TO_OUT;
    t.integer[i] = b.integer ? 1 : 0;
    t.min[i] = b.min;
    t.max[i] = b.max;
    t.factor[i] = b.factor;
    t.stepUnits[i] = b.stepUnits;
  });
  return t;
}

/**
 * A fact the subject left out: its default goes in (a list copied when `copyDefaults`), or false
 * when it is required. Out of line: the compiled readers call it only for missing facts.
 */
export function missing(t: FactTable, i: number, out: unknown[], num: Float64Array, copyDefaults: boolean): boolean {
  if (t.required[i] === 1) return false;
  if (t.mode[i] === TO_NUM) num[i] = t.numDefaults[i] as number;
  else {
    const d = t.defaults[i];
    out[i] = copyDefaults && t.listDefault[i] === 1 ? (d as unknown[]).slice() : d;
  }
  return true;
}
