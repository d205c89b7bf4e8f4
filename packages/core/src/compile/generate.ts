import { RESERVED_KEYS } from '../evaluate/facts/check-subject.js';
import type { PreparedRubric } from '../evaluate/prepare.js';
import { emitCondition } from './emit-conditions.js';
import { emitFacts } from './emit-facts.js';
import { emitLevel } from './emit-gates.js';
import { type EmitContext, emitAdjustments, emitIndicators } from './emit-rules.js';
import { idx, num, str } from './literal.js';
import { COMPILED_FORMAT } from './runtime.js';

/** Options of {@link compileScorerSource}. */
export interface CompileScorerOptions {
  /**
   * Where the generated module imports `linkCompiledScorer` from; default
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
 * Writes a rubric's scorer out as JavaScript ahead of time (an ES module exporting
 * `createScorer(prepared)`), for publishers and build steps; rubricate never runs code made from a
 * rubric at run time. The module scores what `createLeanScorer` scores, with the same result, in
 * code that names the rubric's facts and bounds as literals, which V8 runs several times faster
 * than the core's general closures; a subject it does not accept outright (an error, history,
 * overrides, an unusual value) goes to `createLeanScorer`, which decides it and names every
 * problem. Only ids, option ids and numbers from the rubric are written, as JSON literals.
 *
 * @throws CompileScorerError when the rubric cannot be scored synchronously (asynchronous facts).
 */
export function compileScorerSource(prepared: PreparedRubric, options: CompileScorerOptions = {}): string {
  const plan = prepared.plan;
  if (plan.facts.some((f) => f.async)) {
    throw new CompileScorerError('async-facts', '评分细则含需异步查询的录入事项，无法预先编译评分函数', 'the rubric has facts looked up asynchronously, so it has no compiled scorer');
  }
  const runtime = options.runtime ?? '@rubricate/core/compile';
  const ref = prepared.ref;
  const head = [
    `// Scorer of ${ref.id}@${ref.version}, written by @rubricate/core's compileScorerSource. Do not edit;`,
    '// regenerate it from the rubric instead (`rubricate compile`).',
    `import { linkCompiledScorer } from ${str(runtime)};`,
    '',
    `export const rubric = { id: ${str(ref.id)}, version: ${str(ref.version)}, hash: ${str(ref.hash)}, format: ${num(COMPILED_FORMAT)} };`,
    '',
  ];
  // A fact named like a reserved key goes to the core's full check, as in the core's fast check.
  if (plan.facts.some((f) => RESERVED_KEYS.has(f.id))) {
    return [...head, 'export function createScorer(prepared) {', '  return linkCompiledScorer(prepared, rubric).lean;', '}', ''].join('\n');
  }
  const ctx: EmitContext = { arrays: false, helpers: [], tables: [] };
  const conds: string[] = [];
  for (let i = 0; i < plan.scoreSites; i++) {
    const site = plan.sites[i] as (typeof plan.sites)[number];
    const k = idx(i);
    const written = emitCondition(plan, site.condition);
    if (written === undefined) ctx.arrays = true;
    conds.push(`c${k} = ${written ?? `ST[${k}](F, N)`};`);
  }
  const indicators = emitIndicators(plan, ctx);
  const adjustments = emitAdjustments(plan, ctx);
  const level = emitLevel(plan, ctx);
  // Written last: whether the facts also go to the arrays depends on the rules' code.
  const facts = emitFacts(plan.facts, ctx);
  // The conditions' array, for closures that read it.
  if (ctx.arrays) for (let i = 0; i < plan.scoreSites; i++) conds.push(`C[${idx(i)}] = c${idx(i)} ? 1 : 0;`);
  const { helpers, tables } = ctx;
  const categories = [...plan.categorySlot].map(([id, s]) => `c === ${str(id)} ? ${idx(s)} : `).join('');
  const factLocals = plan.facts.map((f) => (f.numeric ? `n${idx(f.index)} = 0` : `f${idx(f.index)}`));
  const groupLocals = plan.groups.map((_, g) => `gr${idx(g)} = 0`);
  const condLocals = Array.from({ length: plan.scoreSites }, (_, i) => `c${idx(i)} = false`);
  const clamp = plan.clamp
    ? `total > ${num(plan.scaleMaxUnits)} ? ${num(plan.scaleMaxUnits)} : total < ${num(plan.scaleMinUnits)} ? ${num(plan.scaleMinUnits)} : total`
    : 'total';
  const indent = (lines: string[], by: string): string[] => lines.map((l) => by + l);
  const body = [
    'function score(subject, index = 0) {',
    '  if (typeof subject !== "object" || subject === null || Array.isArray(subject)) return lean(subject, index);',
    '  let proto = Object.getPrototypeOf(subject);',
    '  if (proto !== OBJECT && proto !== null) return lean(subject, index);',
    '  for (const k in subject) {',
    '    if (k === "id" || k === "facts" || k === "category") continue;',
    '    if ((k === "history" || k === "overrides") && subject[k] === undefined) continue;',
    '    return lean(subject, index);',
    '  }',
    '  const id = subject.id;',
    '  if (typeof id !== "string" || id.length < 1 || id.length > 200) return lean(subject, index);',
    '  const c = subject.category;',
    '  let slot = 0;',
    plan.categories.length > 0
      ? `  if (c === undefined) return lean(subject, index);\n  slot = ${categories}-1;\n  if (slot < 0) return lean(subject, index);`
      : '  if (c !== undefined) return lean(subject, index);',
    '  const g = subject.facts;',
    '  if (typeof g !== "object" || g === null || Array.isArray(g)) return lean(subject, index);',
    '  proto = Object.getPrototypeOf(g);',
    '  if (proto !== OBJECT && proto !== null) return lean(subject, index);',
    `  let v, u, x, m, a, p = 0${[...factLocals, ...groupLocals, ...condLocals].map((l) => `, ${l}`).join('')};`,
    ...indent(facts, '  '),
    '  let keys = 0;',
    '  for (const _ in g) keys++;',
    '  if (keys !== p) return lean(subject, index);',
    '  let total = 0, score, level;',
    '  try {',
    ...indent([...conds, ...indicators, ...adjustments], '    '),
    '  } catch {',
    '    return lean(subject, index);',
    '  }',
    `  score = ${clamp};`,
    ...indent(level, '  '),
    '  out.scoreUnits = score;',
    '  out.level = level;',
    '  out.slot = slot;',
    '  return out;',
    '}',
  ];
  return [
    ...head,
    'const OBJECT = Object.prototype;',
    '',
    '// Of two tier amounts, the one that counts when only the highest does (as the core decides).',
    'function better(t, best) {',
    '  const a = t < 0 ? -t : t;',
    '  const b = best < 0 ? -best : best;',
    '  return a > b || (a === b && t > best);',
    '}',
    '',
    ...helpers,
    '',
    '/** A scorer for this rubric: `prepared` must be this rubric, prepared by `prepareRubric`. */',
    'export function createScorer(prepared) {',
    '  const { lean, plan: P } = linkCompiledScorer(prepared, rubric);',
    `  const F = new Array(${idx(plan.facts.length)}).fill(undefined);`,
    `  const N = new Float64Array(${idx(plan.facts.length)});`,
    `  const C = new Uint8Array(${idx(Math.max(plan.scoreSites, 1))});`,
    '  const D = P.facts.map((f) => f.defaultValue);',
    '  const X = P.facts.map((f) => f.check);',
    '  const ST = P.sites.map((s) => s.compiled.test);',
    '  const IP = P.indicators.map((i) => i.compiled);',
    '  const AP = P.adjustments.map((a) => a.compiled);',
    '  const GP = P.gates.map((g) => g.compiled);',
    ...indent(tables, '  '),
    '  const out = { scoreUnits: 0, level: 0, slot: 0 };',
    ...indent(body, '  '),
    '  return score;',
    '}',
    '',
  ].join('\n');
}
