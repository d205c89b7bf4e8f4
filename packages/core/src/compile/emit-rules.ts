import { constUnits } from '../decimal/unit.js';
import { numericBounds } from '../evaluate/facts/fact-kinds.js';
import type { AdjustmentPlan, IndicatorPlan, PreparedPlan } from '../evaluate/plan.js';
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
  /** Module-level helpers by name (both scorers of a module share them). */
  helpers: Map<string, string[]>;
  /** Per-slot tables read once in `createScorer`. */
  tables: string[];
}

/** Sends the subject to the core's lean scorer (which decides it, and names any problem). */
export const REFUSE = 'return lean(subject, index);';

/** An expression for a rule's units, given its maximum (`m`, a literal or a local). */
type PointsEmitter = (ind: IndicatorPlan, m: string, plan: PreparedPlan) => string[] | undefined;
/** Statements that set `a` to an adjustment's units. */
type AdjustmentEmitter = (adj: AdjustmentPlan, k: string, plan: PreparedPlan, ctx: EmitContext) => string[] | undefined;

const POINTS: Readonly<Record<string, PointsEmitter>> = {
  direct(ind, m, plan) {
    const b = ind.compiled.batchable as { fact: number; factor: number; precision: number } | undefined;
    if (!b) return undefined;
    const v = `n${idx(b.fact)}`;
    const fac = num(b.factor);
    if (m !== 'm' && directDecided(plan, b, Number(m))) return [`total += Math.round(${v} * ${fac});`];
    return [
      `u = Math.round(${v} * ${fac});`,
      `if (u / ${fac} === ${v} && u >= 0 && u <= ${m} && Number.isInteger(u / ${num(b.precision)})) total += u;`,
      `else ${REFUSE}`,
    ];
  },
};

const capExpr = (x: string, cap: number): string => `(${x} > ${num(cap)} ? ${num(cap)} : ${x} < ${num(-cap)} ? ${num(-cap)} : ${x})`;

const ADJUSTMENTS: Readonly<Record<string, AdjustmentEmitter>> = {
  fixed(adj) {
    const b = adj.compiled.batchable as { site: number; points: number } | undefined;
    return b && [`a = c${idx(b.site)} ? ${num(b.points)} : 0;`];
  },
  perCount(adj, _k, plan) {
    const b = adj.compiled.batchable as { fact: number; each: number; cap: number } | undefined;
    if (!b) return undefined;
    const v = `n${idx(b.fact)}`;
    const units = [`a = ${v} * ${num(b.each)};`, ...(b.cap === Infinity ? [] : [`a = ${capExpr('a', b.cap)};`])];
    // A count declared as a whole number of at least 0 has passed this test with its fact.
    const bounds = numericBounds((plan.facts[b.fact] as PreparedPlan['facts'][number]).decl);
    if (bounds && bounds.integer && bounds.min >= 0) return units;
    return [`if (!(Number.isInteger(${v}) && ${v} >= 0)) ${REFUSE}`, ...units];
  },
  tiered(adj, k, plan, ctx) {
    const rule = adj.adjustment;
    if (rule.kind !== 'tiered') return undefined;
    const fact = plan.factIndex.get(rule.fact);
    if (fact === undefined) return undefined;
    const tiers = Object.entries(rule.tiers).map(([id, p]) => [id, constUnits(plan.unit, p)] as const);
    const tierOf = `tier${k}`;
    const chain = tiers.map(([id, u]) => `x === ${str(id)} ? ${num(u)} : `).join('');
    ctx.helpers.set(tierOf, [`function ${tierOf}(x) { return ${chain}0; }`]);
    const cap = rule.cap === undefined ? Infinity : constUnits(plan.unit, rule.cap);
    const highest = rule.pick === 'highest';
    // The list was checked with its fact (options, no repeats); anything else is the closure's.
    return [
      `x = f${idx(fact)};`,
      'if (x === undefined) a = 0;',
      `else if (typeof x === "string") a = ${tierOf}(x);`,
      `else if (Array.isArray(x)) { a = 0; for (let i = 0; i < x.length; i++) { const t = ${tierOf}(x[i]); ${highest ? 'if (better(t, a)) a = t;' : 'a += t;'} } }`,
      `else ${REFUSE}`,
      ...(cap === Infinity ? [] : [`a = ${capExpr('a', cap)};`]),
    ];
  },
};

/** Statements adding every indicator's units to `total` (per-slot tables as `MX<k>`). */
export function emitIndicators(plan: PreparedPlan, ctx: EmitContext): string[] {
  const out: string[] = [];
  plan.indicators.forEach((ind, i) => {
    const k = idx(i);
    const same = uniform(ind.maxBySlot);
    if (same !== undefined && same < 0) return;
    const m = same === undefined ? 'm' : num(same);
    let body = POINTS[ind.indicator.points.kind]?.(ind, m, plan);
    if (!body) {
      ctx.arrays = true;
      body = [`total += IP[${k}].points(F, N, ${m});`];
    }
    if (same !== undefined) out.push(...body);
    else {
      ctx.tables.push(`const MX${k} = P.indicators[${k}].maxBySlot;`);
      out.push(`m = MX${k}[slot];`, 'if (m >= 0) {', ...body.map((l) => `  ${l}`), '}');
    }
  });
  return out;
}

/** Statements adding every adjustment's units to `total` or its group's `gr<g>`. */
export function emitAdjustments(plan: PreparedPlan, ctx: EmitContext): string[] {
  const out: string[] = [];
  plan.adjustments.forEach((adj, i) => {
    const k = idx(i);
    const same = uniform(adj.appliesBySlot);
    if (same === 0) return;
    let body = ADJUSTMENTS[adj.adjustment.kind]?.(adj, k, plan, ctx);
    if (!body) {
      ctx.arrays = true;
      body = [`a = AP[${k}].points(F, N, C);`];
    }
    body.push(adj.group >= 0 ? `gr${idx(adj.group)} += a;` : 'total += a;');
    if (same === 1) out.push(...body);
    else {
      ctx.tables.push(`const AS${k} = P.adjustments[${k}].appliesBySlot;`);
      out.push(`if (AS${k}[slot] === 1) {`, ...body.map((l) => `  ${l}`), '}');
    }
  });
  plan.groups.forEach((g, i) => {
    const v = `gr${idx(i)}`;
    out.push(`total += ${v} > ${num(g.maxUnits)} ? ${num(g.maxUnits)} : ${v} < ${num(g.minUnits)} ? ${num(g.minUnits)} : ${v};`);
  });
  return out;
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
