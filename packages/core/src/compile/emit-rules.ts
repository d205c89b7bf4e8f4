import { constUnits } from '../decimal/unit.js';
import { numericBounds } from '../evaluate/facts/fact-kinds.js';
import type { AdjustmentPlan, IndicatorPlan, PreparedPlan } from '../evaluate/plan.js';
import { itemsOf, maskOptions } from './list-mask.js';
import { idx, num, str } from './literal.js';
import { uniform } from './slots.js';

/*
 * Each kind that has a written-out form declares it here, from the data its `compile` already
 * exposes (`batchable`) or from the rule itself; the test is the same as in the kind's batch, and
 * a value the written-out form does not decide sends the whole subject to the core's lean scorer,
 * so errors are the kind's. Kinds without an entry call their rule's closure (`IP[k]`, `AP[k]`)
 * on the fact arrays, which the scorer then fills (`EmitContext.arrays`).
 */

/** What the parts of a scorer share while it is written. */
export interface EmitContext {
  /** Set when some code reads the fact arrays `F`/`N` or the condition array `C`. */
  arrays: boolean;
  /** Set when some code calls a rule's or condition's closure (which may throw). */
  closures: boolean;
  /** Module-level helpers by name (both scorers of a module share them). */
  helpers: Map<string, string[]>;
  /** Per-slot tables read once in `createScorer`. */
  tables: string[];
}

/** Sends the subject to the core's lean scorer (which decides it, and names any problem). */
export const REFUSE = 'return lean(subject, index);';

/** Statements adding a rule's units to `acc`, given its maximum (`m`, a literal or a local). */
type PointsEmitter = (ind: IndicatorPlan, m: string, plan: PreparedPlan, acc: string) => string[] | undefined;
/** Statements that set `a` to an adjustment's units, and the largest size those units can have. */
type AdjustmentEmitter = (adj: AdjustmentPlan, k: string, plan: PreparedPlan, ctx: EmitContext) => { body: string[]; bound: number } | undefined;

/**
 * One rule's share of the score: statements adding its units to an accumulator `acc`, and the
 * largest size those units can have (Infinity when unknown). Every rule's units are whole numbers,
 * so while the bounds add up to less than 2^53 every sum is exact, in whatever order it is taken.
 */
export interface Term {
  bound: number;
  lines(acc: string): string[];
}

const POINTS: Readonly<Record<string, PointsEmitter>> = {
  direct(ind, m, plan, acc) {
    const b = ind.compiled.batchable as { fact: number; factor: number; precision: number } | undefined;
    if (!b) return undefined;
    const v = `n${idx(b.fact)}`;
    const fac = num(b.factor);
    if (m !== 'm' && directDecided(plan, b, Number(m))) return [exactProduct(plan, b) ? `${acc} += ${v} * ${fac};` : `${acc} += Math.round(${v} * ${fac});`];
    return [
      `u = Math.round(${v} * ${fac});`,
      `if (u / ${fac} === ${v} && u >= 0 && u <= ${m} && Number.isInteger(u / ${num(b.precision)})) ${acc} += u;`,
      `else ${REFUSE}`,
    ];
  },
};

const capExpr = (x: string, cap: number): string => `(${x} > ${num(cap)} ? ${num(cap)} : ${x} < ${num(-cap)} ? ${num(-cap)} : ${x})`;

const ADJUSTMENTS: Readonly<Record<string, AdjustmentEmitter>> = {
  fixed(adj) {
    const b = adj.compiled.batchable as { site: number; points: number } | undefined;
    return b && { body: [`a = c${idx(b.site)} ? ${num(b.points)} : 0;`], bound: Math.abs(b.points) };
  },
  perCount(adj, _k, plan) {
    const b = adj.compiled.batchable as { fact: number; each: number; cap: number } | undefined;
    if (!b) return undefined;
    const v = `n${idx(b.fact)}`;
    const units = [`a = ${v} * ${num(b.each)};`, ...(b.cap === Infinity ? [] : [`a = ${capExpr('a', b.cap)};`])];
    // A count declared as a whole number of at least 0 has passed this test with its fact.
    const bounds = numericBounds((plan.facts[b.fact] as PreparedPlan['facts'][number]).decl);
    const bound = Math.min(b.cap, bounds ? Math.max(Math.abs(bounds.min), Math.abs(bounds.max)) * Math.abs(b.each) : Infinity);
    if (bounds && bounds.integer && bounds.min >= 0) return { body: units, bound };
    return { body: [`if (!(Number.isInteger(${v}) && ${v} >= 0)) ${REFUSE}`, ...units], bound };
  },
  tiered(adj, k, plan, ctx) {
    const rule = adj.adjustment;
    if (rule.kind !== 'tiered') return undefined;
    const fact = plan.factIndex.get(rule.fact);
    if (fact === undefined) return undefined;
    const tiers = Object.entries(rule.tiers).map(([id, p]) => [id, constUnits(plan.unit, p)] as const);
    const cap = rule.cap === undefined ? Infinity : constUnits(plan.unit, rule.cap);
    const highest = rule.pick === 'highest';
    const options = maskOptions(plan.facts[fact] as PreparedPlan['facts'][number]);
    if (options) {
      // The list was read as a mask: the rule's own closure gives the units of every mask, once.
      const name = `tiers${k}`;
      const facts: unknown[] = new Array(plan.facts.length);
      const table = Array.from({ length: 2 ** options.length }, (_, mask) => {
        facts[fact] = itemsOf(options, mask);
        return adj.compiled.points(facts, new Float64Array(plan.facts.length), new Uint8Array(plan.sites.length));
      });
      ctx.helpers.set(name, [`const ${name} = [${table.map(num).join(', ')}];`]);
      return { body: [`a = ${name}[b${idx(fact)}];`], bound: Math.max(...table.map(Math.abs)) };
    }
    const tierOf = `tier${k}`;
    const chain = tiers.map(([id, u]) => `x === ${str(id)} ? ${num(u)} : `).join('');
    ctx.helpers.set(tierOf, [`function ${tierOf}(x) { return ${chain}0; }`]);
    const sizes = tiers.map(([, u]) => Math.abs(u));
    const bound = Math.min(cap, highest ? Math.max(0, ...sizes) : sizes.reduce((t, u) => t + u, 0));
    // The list was checked with its fact (options, no repeats); anything else is the closure's.
    const body = [
      `x = f${idx(fact)};`,
      'if (x === undefined) a = 0;',
      `else if (typeof x === "string") a = ${tierOf}(x);`,
      `else if (Array.isArray(x)) { a = 0; for (let i = 0; i < x.length; i++) { const t = ${tierOf}(x[i]); ${highest ? 'if (better(t, a)) a = t;' : 'a += t;'} } }`,
      `else ${REFUSE}`,
      ...(cap === Infinity ? [] : [`a = ${capExpr('a', cap)};`]),
    ];
    return { body, bound };
  },
};

/** Each indicator's term (per-slot tables as `MX<k>`). */
export function emitIndicators(plan: PreparedPlan, ctx: EmitContext): Term[] {
  const out: Term[] = [];
  plan.indicators.forEach((ind, i) => {
    const k = idx(i);
    const same = uniform(ind.maxBySlot);
    if (same !== undefined && same < 0) return;
    const m = same === undefined ? 'm' : num(same);
    // Written out, the units are checked to lie within 0..max (or the fact's check implies it).
    let bound = Math.max(...ind.maxBySlot);
    let body = (acc: string) => POINTS[ind.indicator.points.kind]?.(ind, m, plan, acc);
    if (!body('total')) {
      ctx.arrays = ctx.closures = true;
      bound = Infinity;
      body = (acc) => [`${acc} += IP[${k}].points(F, N, ${m});`];
    }
    if (same === undefined) ctx.tables.push(`const MX${k} = P.indicators[${k}].maxBySlot;`);
    out.push({
      bound,
      lines(acc) {
        const lines = body(acc) as string[];
        return same !== undefined ? lines : [`m = MX${k}[slot];`, 'if (m >= 0) {', ...lines.map((l) => `  ${l}`), '}'];
      },
    });
  });
  return out;
}

/** Each adjustment's term (one adding to its group's `gr<g>` adds nothing itself), then each group's. */
export function emitAdjustments(plan: PreparedPlan, ctx: EmitContext): Term[] {
  const out: Term[] = [];
  plan.adjustments.forEach((adj, i) => {
    const k = idx(i);
    const same = uniform(adj.appliesBySlot);
    if (same === 0) return;
    let written = ADJUSTMENTS[adj.adjustment.kind]?.(adj, k, plan, ctx);
    if (!written) {
      ctx.arrays = ctx.closures = true;
      written = { body: [`a = AP[${k}].points(F, N, C);`], bound: Infinity };
    }
    const { body, bound } = written;
    if (same !== 1) ctx.tables.push(`const AS${k} = P.adjustments[${k}].appliesBySlot;`);
    out.push({
      bound,
      lines(acc) {
        const lines = [...body, adj.group >= 0 ? `gr${idx(adj.group)} += a;` : `${acc} += a;`];
        return same === 1 ? lines : [`if (AS${k}[slot] === 1) {`, ...lines.map((l) => `  ${l}`), '}'];
      },
    });
  });
  plan.groups.forEach((g, i) => {
    const v = `gr${idx(i)}`;
    out.push({
      bound: Math.max(Math.abs(g.maxUnits), Math.abs(g.minUnits)),
      lines: (acc) => [`${acc} += ${v} > ${num(g.maxUnits)} ? ${num(g.maxUnits)} : ${v} < ${num(g.minUnits)} ? ${num(g.minUnits)} : ${v};`],
    });
  });
  return out;
}

/**
 * Statements adding every term to `total`. When every sum is exact (see Term), the terms go
 * round-robin into four accumulators added at the end: four short chains of additions that the
 * processor runs side by side, where one long chain waits on each addition in turn.
 */
export function emitSum(terms: readonly Term[]): { locals: string[]; lines: string[] } {
  const bound = terms.reduce((t, x) => t + x.bound, 0);
  if (terms.length < 8 || !(bound < 2 ** 53)) return { locals: [], lines: terms.flatMap((t) => t.lines('total')) };
  const acc = ['t0', 't1', 't2', 't3'];
  return {
    locals: acc.map((a) => `${a} = 0`),
    lines: [...terms.flatMap((t, i) => t.lines(acc[i % acc.length] as string)), 'total = (t0 + t1) + (t2 + t3);'],
  };
}

/**
 * Whether the fact's own check already guarantees what direct points test (a whole number of
 * the rubric's units, on its precision, within 0..max): a value within the fact's bounds on the
 * fact's step (10^-k places, k no more than the unit's) converts to units exactly, so the units
 * are just the value scaled. Then the test is left out.
 */
function directDecided(plan: PreparedPlan, b: { fact: number; factor: number; precision: number }, maxUnits: number): boolean {
  const fact = plan.facts[b.fact];
  const bounds = fact && numericBounds(fact.decl);
  if (!bounds || bounds.min < 0) return false;
  const top = Math.round(bounds.max * b.factor);
  if (!(top <= maxUnits && top / b.factor === bounds.max && maxUnits < 2 ** 50)) return false;
  // The fact's grid in the rubric's units: a whole number of units per step, a multiple of the precision.
  const ratio = b.factor / bounds.factor;
  const stepUnits = bounds.stepUnits !== 0 ? bounds.stepUnits : bounds.integer ? 1 : 0;
  if (stepUnits === 0 || !Number.isInteger(ratio)) return false;
  return Number.isInteger((stepUnits * ratio) / b.precision);
}

/**
 * Whether a checked value of the fact times the rubric's factor is a whole number exactly in
 * binary, so that Math.round has nothing to do: true for whole-number facts and for steps with a
 * finite binary expansion (0.5, 0.25, 1.5), whose checked values are exact. A decimal step such as
 * 0.1 is not (0.3 × 10 may land an ulp off a whole number), and keeps the rounding.
 */
function exactProduct(plan: PreparedPlan, b: { fact: number }): boolean {
  const fact = plan.facts[b.fact];
  const bounds = fact && numericBounds(fact.decl);
  if (!bounds) return false;
  if (bounds.integer) return true;
  if (bounds.stepUnits === 0) return false;
  // step = stepUnits / factor in lowest terms has a power-of-two denominator.
  let den = bounds.factor / gcd(bounds.stepUnits, bounds.factor);
  while (den % 2 === 0) den /= 2;
  return den === 1;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

