import { RESERVED_KEYS } from '../evaluate/facts/check-subject.js';
import type { PreparedPlan } from '../evaluate/plan.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { emitCondition } from './emit-conditions.js';
import { emitFacts } from './emit-facts.js';
import { emitLevel } from './emit-gates.js';
import { type EmitContext, emitAdjustments, emitIndicators, emitSum } from './emit-rules.js';
import { maskOptions } from './list-mask.js';
import { commentText, idx, num, str } from './literal.js';
import { COMPILED_FORMAT } from './runtime.js';

/** Options of {@link compileScorerSource}. */
export interface CompileScorerOptions {
  /**
   * Where the generated module imports its link to the core from; default
   * `"@rubricate/core/compile"`, which is right wherever `@rubricate/core` is installed.
   */
  runtime?: string;
}

/** Why a rubric has no compiled scorer. */
export class CompileScorerError extends Error {
  constructor(
    readonly code: 'async-facts',
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'CompileScorerError';
  }
}

/**
 * Writes a rubric's scorer out as JavaScript ahead of time, for publishers and build steps;
 * rubricate never runs code made from a rubric at run time. The ES module exports
 * `createScorer(prepared)`, which scores what `createLeanScorer` scores with the same results, and
 * `createCohortScorer(prepared, options)`, the core's `createCohortScorer` with the module's code in
 * its first pass (same decisions). Its code names the rubric's facts and bounds as literals, which
 * V8 runs several times faster than the core's general closures; a subject it does not accept
 * outright (an error, history, overrides, an unusual value) goes to the core, which decides it and
 * names every problem. Only ids, option ids and numbers from the rubric are written, as literals.
 *
 * @throws CompileScorerError when the rubric cannot be scored synchronously (asynchronous facts).
 */
export function compileScorerSource(prepared: PreparedRubric, options: CompileScorerOptions = {}): string {
  const plan = prepared.plan;
  if (plan.facts.some((f) => f.async)) {
    throw new CompileScorerError('async-facts', '评分细则含需异步查询的录入事项，无法预先编译评分函数', 'the rubric has facts looked up asynchronously, so it has no compiled scorer');
  }
  const ref = prepared.ref;
  const head = [
    `// Scorer of ${commentText(`${ref.id}@${ref.version}`)}, written by @rubricate/core's compileScorerSource. Do not edit;`,
    '// regenerate it from the rubric instead (`rubricate compile`).',
    `import { linkCompiledCohort, linkCompiledScorer } from ${str(options.runtime ?? '@rubricate/core/compile')};`,
    '',
    `export const rubric = { id: ${str(ref.id)}, version: ${str(ref.version)}, hash: ${str(ref.hash)}, format: ${num(COMPILED_FORMAT)} };`,
    '',
  ];
  const exports = (score: string[], cohort: string[]): string[] => [
    '/** A scorer for this rubric (as `createLeanScorer`): `prepared` must be this rubric, prepared by `prepareRubric`. */',
    'export function createScorer(prepared) {',
    ...indent(score, '  '),
    '}',
    '',
    '/** A cohort scorer for this rubric (as `createCohortScorer`, the same decisions). */',
    'export function createCohortScorer(prepared, options) {',
    ...indent(cohort, '  '),
    '}',
    '',
  ];
  // A fact named like a reserved key goes to the core's full check, as in the core's fast check.
  if (plan.facts.some((f) => RESERVED_KEYS.has(f.id))) {
    return [...head, ...exports(['return linkCompiledScorer(prepared, rubric).lean;'], ['return linkCompiledCohort(prepared, rubric, (lean) => lean, options);'])].join('\n');
  }
  const helpers = new Map<string, string[]>();
  const lean = scorerBody(plan, 'score', helpers);
  const cohort = scorerBody(plan, 'cohort', helpers);
  return [
    ...head,
    'const OBJECT = Object.prototype;',
    'const NO_HISTORY = Object.freeze([]);',
    '',
    '// Of two tier amounts, the one that counts when only the highest does (as the core decides).',
    'function better(t, best) {',
    '  const a = t < 0 ? -t : t;',
    '  const b = best < 0 ? -best : best;',
    '  return a > b || (a === b && t > best);',
    '}',
    '',
    ...[...helpers.values()].flat(),
    '',
    ...exports(
      ['const { lean, plan: P } = linkCompiledScorer(prepared, rubric);', ...lean, 'return score;'],
      ['return linkCompiledCohort(prepared, rubric, (lean, P) => {', ...indent([...cohort, 'return score;'], '  '), '}, options);'],
    ),
  ].join('\n');
}

const indent = (lines: readonly string[], by: string): string[] => lines.map((l) => by + l);

/**
 * The statements inside a module's `createScorer` (mode `score`: what `createLeanScorer` returns)
 * or its cohort runner (mode `cohort`: also the report conditions, the fact and condition arrays,
 * the unclamped score and the band, all of which a cohort keeps), ending with `function score`.
 * `lean` and `P` (the prepared plan) are in scope.
 */
function scorerBody(plan: PreparedPlan, mode: 'score' | 'cohort', helpers: Map<string, string[]>): string[] {
  const cohort = mode === 'cohort';
  const ctx: EmitContext = { arrays: cohort, closures: false, helpers, tables: [] };
  const sites = cohort ? plan.sites.length : plan.scoreSites;
  const conds: string[] = [];
  for (let i = 0; i < sites; i++) {
    const site = plan.sites[i] as PreparedPlan['sites'][number];
    const k = idx(i);
    const written = emitCondition(plan, site.condition);
    if (written === undefined) ctx.arrays = ctx.closures = true;
    conds.push(`c${k} = ${written ?? `ST[${k}](F, N)`};`);
  }
  const sum = emitSum([...emitIndicators(plan, ctx), ...emitAdjustments(plan, ctx)]);
  const level = emitLevel(plan, ctx);
  // Written last: whether the facts also go to the arrays depends on the rules' code.
  const facts = emitFacts(plan.facts, ctx);
  // The conditions' array, for closures that read it (and for a cohort, which keeps it).
  if (ctx.arrays) for (let i = 0; i < sites; i++) conds.push(`C[${idx(i)}] = c${idx(i)} ? 1 : 0;`);
  const categories = [...plan.categorySlot].map(([id, s]) => `c === ${str(id)} ? ${idx(s)} : `).join('');
  const factLocals = plan.facts.map((f) => (f.numeric ? `n${idx(f.index)} = 0` : `f${idx(f.index)}${maskOptions(f) ? `, b${idx(f.index)} = 0` : ''}`));
  const groupLocals = [...plan.groups.map((_, g) => `gr${idx(g)} = 0`), ...sum.locals];
  const condLocals = Array.from({ length: sites }, (_, i) => `c${idx(i)} = false`);
  const clamp = plan.clamp
    ? `total > ${num(plan.scaleMaxUnits)} ? ${num(plan.scaleMaxUnits)} : total < ${num(plan.scaleMinUnits)} ? ${num(plan.scaleMinUnits)} : total`
    : 'total';
  const refuse = 'return lean(subject, index);';
  const n = idx(plan.facts.length);
  return [
    `const F = new Array(${n}).fill(undefined);`,
    `const N = new Float64Array(${n});`,
    `const C = new Uint8Array(${idx(Math.max(sites, 1))});`,
    'const D = P.facts.map((f) => f.defaultValue);',
    'const X = P.facts.map((f) => f.check);',
    'const ST = P.sites.map((s) => s.compiled.test);',
    'const IP = P.indicators.map((i) => i.compiled);',
    'const AP = P.adjustments.map((a) => a.compiled);',
    'const GP = P.gates.map((g) => g.compiled);',
    ...ctx.tables,
    cohort
      ? 'const out = { scoreUnits: 0, level: 0, slot: 0, facts: F, num: N, unclampedUnits: 0, band: 0, conds: C, history: NO_HISTORY };'
      : 'const out = { scoreUnits: 0, level: 0, slot: 0 };',
    'function score(subject, index = 0) {',
    ...indent(
      [
        `if (typeof subject !== "object" || subject === null) ${refuse}`,
        // Loads first: V8 then knows the object's hidden class, and the prototype and array tests
        // after them fold to constants (called first, each is a call into the runtime).
        'const id = subject.id;',
        'const c = subject.category;',
        'const g = subject.facts;',
        `if (Array.isArray(subject)) ${refuse}`,
        'let proto = Object.getPrototypeOf(subject);',
        `if (proto !== OBJECT && proto !== null) ${refuse}`,
        'for (const k in subject) {',
        '  if (k === "id" || k === "facts" || k === "category") continue;',
        '  if ((k === "history" || k === "overrides") && subject[k] === undefined) continue;',
        `  ${refuse}`,
        '}',
        `if (typeof id !== "string" || id.length < 1 || id.length > 200) ${refuse}`,
        'let slot = 0;',
        ...(plan.categories.length > 0 ? [`if (c === undefined) ${refuse}`, `slot = ${categories}-1;`, `if (slot < 0) ${refuse}`] : [`if (c !== undefined) ${refuse}`]),
        `if (typeof g !== "object" || g === null) ${refuse}`,
        `let v, u, x, m, a, p = ${n}${[...factLocals, ...groupLocals, ...condLocals].map((l) => `, ${l}`).join('')};`,
        // Right after the first load, for the same reason (a branch between them would hide the
        // hidden class again). Ordinary objects only: `for…in` then sees own keys alone.
        ...facts.slice(0, 1),
        `if (Array.isArray(g)) ${refuse}`,
        'proto = Object.getPrototypeOf(g);',
        `if (proto !== OBJECT && proto !== null) ${refuse}`,
        ...facts.slice(1),
        'let keys = 0;',
        'for (const _ in g) keys++;',
        `if (keys !== p) ${refuse}`,
        'let total = 0, score, level;',
        // A rule's closure throws for a value it cannot score; the core then names the problem.
        // Written-out code only compares and adds checked numbers, so it needs no guard.
        ...(ctx.closures ? ['try {', ...indent([...conds, ...sum.lines], '  '), '} catch {', `  ${refuse}`, '}'] : [...conds, ...sum.lines]),
        `score = ${clamp};`,
        ...level.band,
        ...(cohort ? ['out.band = level;', 'out.unclampedUnits = total;'] : []),
        ...level.gates,
        'out.scoreUnits = score;',
        'out.level = level;',
        'out.slot = slot;',
        'return out;',
      ],
      '  ',
    ),
    '}',
  ];
}
