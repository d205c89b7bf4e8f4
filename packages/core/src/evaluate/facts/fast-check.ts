import type { FactCheck, PreparedPlan } from '../plan.js';
import { RESERVED_KEYS } from './check-subject.js';
import { onStep } from './fact-kinds.js';
import { TO_NUM, factTable, missing } from './fact-table.js';
import { READ_FACTS_LIMIT, readFacts } from './read-facts.generated.js';

/**
 * Checks a subject and lays its facts out by index without allocating, or says "look closer":
 * returns the category slot (0 = none) when the subject passes every check of `checkSubject`, and
 * -1 otherwise. On -1 the caller runs `checkSubject`, which decides and names every problem; so
 * this function may refuse more than it must (history, overrides, unusual objects), but never
 * accepts a subject that `checkSubject` would refuse. The facts of rubrics with up to
 * READ_FACTS_LIMIT facts are read by written-out code (read-facts.generated.ts), of larger ones by a
 * general loop below.
 *
 * @param out the fact array to fill (length = number of facts); overwritten. The facts the plan
 *   marks `numeric` go to `num` instead, and their places in `out` are left as they were.
 * @param copyDefaults copy list defaults so that a kept fact array never shares them.
 */
export type FastCheck = (subject: unknown, out: unknown[], num: Float64Array, copyDefaults: boolean) => number;

const OBJECT_PROTO = Object.prototype;

/** Ordinary objects only: JSON.parse and object literals give these; for…in then sees own keys alone. */
function isOrdinary(v: unknown): v is Record<string, unknown> {
  // Array.isArray as well as the prototype: a proxy of an array can claim any prototype.
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === OBJECT_PROTO || proto === null;
}

/**
 * Compiles the fast check once per plan. A plan with asynchronous facts has none (those subjects
 * need values looked up): it returns null and callers use `checkSubject` alone.
 */
export function compileFastCheck(plan: PreparedPlan): FastCheck | null {
  if (plan.facts.some((f) => f.async)) return null;
  const n = plan.facts.length;
  // Reserved keys are never looked up here, so a fact named like one goes to the full check.
  const index = new Map<string, number>();
  for (const f of plan.facts) if (!RESERVED_KEYS.has(f.id)) index.set(f.id, f.index);
  const t = factTable(plan);
  const { checks, mode, integer, min, max, factor, stepUnits } = t;
  // Facts named like reserved keys are read by the general loop, which leaves them to the full check.
  const written = n <= READ_FACTS_LIMIT && !plan.facts.some((f) => RESERVED_KEYS.has(f.id));
  // Any key will do: the load's inline cache, not its value, is what migrates the object.
  const touchKey = plan.facts[0]?.id ?? 'id';
  const touch = (o: Record<string, unknown>): unknown => o[touchKey];
  const categorySlot = plan.categorySlot;
  const needsCategory = plan.categories.length > 0;
  // Subjects of one file usually list their facts in the same order: remember the last order and
  // compare keys by identity before looking them up.
  const lastKeys: string[] = [];
  const lastIndex = new Int32Array(n + 1);
  // Which facts a subject with missing ones has: seen[i] === stamp (no clearing between calls).
  const seen = new Uint32Array(n);
  let stamp = 0;

  /** Defaults for the facts a subject left out; false when a required one is missing. */
  const fillMissing = (given: Record<string, unknown>, out: unknown[], num: Float64Array, copyDefaults: boolean): boolean => {
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    for (const k in given) seen[index.get(k) as number] = stamp;
    for (let i = 0; i < n; i++) if (seen[i] !== stamp && !missing(t, i, out, num, copyDefaults)) return false;
    return true;
  };

  return (subject, out, num, copyDefaults) => {
    if (!isOrdinary(subject)) return -1;
    for (const k in subject) {
      if (k === 'id' || k === 'facts' || k === 'category') continue;
      // Present but undefined is the same as absent for history and overrides.
      if ((k === 'history' || k === 'overrides') && subject[k] === undefined) continue;
      return -1;
    }
    const id = subject.id;
    if (typeof id !== 'string' || id.length < 1 || id.length > 200) return -1;
    let slot = 0;
    const category = subject.category;
    if (category === undefined) {
      if (needsCategory) return -1;
    } else {
      const s = typeof category === 'string' ? categorySlot.get(category) : undefined;
      if (s === undefined) return -1;
      slot = s;
    }
    const given = subject.facts;
    if (!isOrdinary(given)) return -1;
    if (written) {
      const p = readFacts(given, t, out, num, copyDefaults);
      if (p < 0) return -1;
      // Every key names a fact read above exactly when there are as many keys as facts given.
      let keys = 0;
      for (const _ in given) keys++;
      return keys === p ? slot : -1;
    }
    // V8 deprecates a map when a later object generalises a field (an integer where a fraction
    // came first), and the objects made before are migrated only when an inline cache meets them.
    // Left to the for…in below, such an object turns that loop generic for every later subject
    // (about 1.5× slower throughout); this one load meets it first.
    touch(given);
    let j = 0;
    for (const k in given) {
      let i: number;
      if (j < n && lastKeys[j] === k) i = lastIndex[j] as number;
      else {
        const found = index.get(k);
        if (found === undefined || j >= n) return -1;
        i = found;
        lastKeys[j] = k;
        lastIndex[j] = i;
      }
      j++;
      const v = given[k];
      const m = mode[i] as number;
      if (m !== 0) {
        // The number kind's check: a finite number within the bounds (NaN fails both
        // comparisons; an open bound is ±Infinity, so Infinity itself is refused apart).
        if (typeof v !== 'number' || !(v >= (min[i] as number) && v <= (max[i] as number)) || v === Infinity || v === -Infinity) return -1;
        if (integer[i] === 1 && !Number.isInteger(v)) return -1;
        const step = stepUnits[i] as number;
        if (step !== 0 && !onStep(v, factor[i] as number, step)) return -1;
        if (m === TO_NUM) num[i] = v;
        else out[i] = v;
      } else {
        // A fact given as undefined is a wrong value: the full check names it.
        if (v === undefined || (checks[i] as FactCheck)(v) !== null) return -1;
        out[i] = v;
      }
    }
    // Keys are distinct and each names a different fact: n of them means none is missing.
    if (j < n && !fillMissing(given, out, num, copyDefaults)) return -1;
    return slot;
  };
}
