/**
 * @rubricate/core/async — scoring with facts that must be looked up (a database, a service).
 *
 * Facts declared `source: "async"`, and input facts a subject leaves out, are read through
 * json-rules-engine's Almanac from the caller's fact functions; the rubric's conditions are then
 * evaluated by json-rules-engine itself (with the same plain path resolver as the main entry),
 * and the results feed the same compiled plan as `evaluateSubject`.
 */
import { Almanac, Engine } from 'json-rules-engine';
import type { TopLevelCondition } from 'json-rules-engine';
import { plainPathResolver } from './conditions/path.js';
import { checkSubject, type ResolvedFacts } from './evaluate/facts/check-subject.js';
import { faultToError, type SubjectEvaluation } from './evaluate/evaluate-subject.js';
import type { PreparedPlan } from './evaluate/plan.js';
import type { PreparedRubric } from './evaluate/prepare.js';
import { finishResult, type Scored, scoreFull } from './evaluate/result.js';
import { duplicateIdError, duplicateIds, finishCohort } from './cohort/evaluate-cohort.js';
import type { CohortResult, SubjectError } from './result/types.js';
import type { Condition } from './schema/condition.js';

export type { Almanac } from 'json-rules-engine';

/** Looks up a fact: json-rules-engine's dynamic fact signature. `params` come from the condition. */
export type FactFunction = (params: Record<string, unknown>, almanac: Almanac) => unknown;

export interface AsyncEvaluateOptions {
  /** Fact functions by fact id: for `source: "async"` facts and input facts a subject omits. */
  facts?: Readonly<Record<string, FactFunction>>;
  /** How many subjects of a cohort are looked up at once (default 8). */
  concurrency?: number;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** json-rules-engine wants all / any / not / condition at the top: a bare fact test is wrapped. */
function topLevel(c: Condition): TopLevelCondition {
  return (has(c, 'fact') ? { all: [c] } : c) as unknown as TopLevelCondition;
}

/**
 * json-rules-engine keeps a run status on the engine, so concurrent runs must not share one: each
 * call (or each cohort worker, which runs one subject at a time) has its own. One rule per
 * condition site, named by its index.
 */
function buildEngine(plan: PreparedPlan): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: plainPathResolver as (value: object, path: string) => unknown });
  for (const [name, cond] of Object.entries(plan.rubric.conditions ?? {})) engine.setCondition(name, topLevel(cond));
  plan.sites.forEach((site, i) => engine.addRule({ name: String(i), conditions: topLevel(site.condition), event: { type: 'site' } }));
  return engine;
}

function asyncError(id: string | null, index: number, path: string, code: string, e: unknown, zh: string, en: string): SubjectError {
  const detail = e instanceof Error ? e.message : String(e);
  return { id, index, path, code, message: { zh: `${zh}：${detail}`, en: `${en}: ${detail}` } };
}

async function scoreAsync(
  prepared: PreparedRubric,
  subject: unknown,
  index: number,
  options: AsyncEvaluateOptions,
  engine: Engine,
): Promise<{ ok: true; scored: Scored } | { ok: false; errors: SubjectError[] }> {
  const plan = prepared.plan;
  const fns = options.facts ?? {};
  const given =
    subject !== null && typeof subject === 'object' && !Array.isArray(subject) && typeof (subject as { facts?: unknown }).facts === 'object'
      ? ((subject as { facts: Record<string, unknown> | null }).facts ?? {})
      : {};
  const id = subject !== null && typeof subject === 'object' && typeof (subject as { id?: unknown }).id === 'string' ? (subject as { id: string }).id : null;

  const almanac = new Almanac({ allowUndefinedFacts: true, pathResolver: plainPathResolver as (value: object, path: string) => unknown });
  const fromFunction = new Set<string>();
  for (const f of plan.facts) {
    const fn = has(fns, f.id) ? fns[f.id] : undefined;
    const inInput = !f.async && has(given, f.id);
    if (inInput) almanac.addFact(f.id, given[f.id]);
    else if (typeof fn === 'function') {
      almanac.addFact(f.id, fn as (params: Record<string, unknown>, almanac: Almanac) => unknown);
      fromFunction.add(f.id);
    }
  }
  const resolved = new Map<string, unknown>();
  for (const factId of fromFunction) {
    try {
      resolved.set(factId, await almanac.factValue(factId));
    } catch (e) {
      return { ok: false, errors: [asyncError(id, index, `facts.${factId}`, 'async-fact-error', e, `查询录入事项 ${factId} 失败`, `looking up the fact ${factId} failed`)] };
    }
  }
  const checked = checkSubject(plan, subject, index, resolved as ResolvedFacts);
  if (!checked.ok) return checked;
  // Defaults the check filled in are constants the engine must see too.
  for (const f of plan.facts) {
    const v = checked.subject.facts[f.index];
    if (v === undefined) continue;
    const fromFn = fromFunction.has(f.id) && resolved.get(f.id) !== undefined;
    if (!fromFn && !(!f.async && has(given, f.id))) almanac.addFact(f.id, v);
  }
  const conds = new Uint8Array(plan.sites.length);
  try {
    const run = await engine.run({}, { almanac });
    for (const r of run.results) conds[Number(r.name)] = 1;
  } catch (e) {
    return { ok: false, errors: [asyncError(checked.subject.id, index, 'facts', 'condition-error', e, '无法判断规则条件', 'a condition cannot be evaluated')] };
  }
  try {
    return { ok: true, scored: scoreFull(plan, checked.subject, conds) };
  } catch (e) {
    return { ok: false, errors: [faultToError(checked.subject, e)] };
  }
}

/**
 * Scores one subject, looking facts up through json-rules-engine's almanac. Same result shape
 * and semantics as `evaluateSubject`.
 */
export async function evaluateSubjectAsync(prepared: PreparedRubric, subject: unknown, options: AsyncEvaluateOptions = {}, index = 0): Promise<SubjectEvaluation> {
  const r = await scoreAsync(prepared, subject, index, options, buildEngine(prepared.plan));
  if (!r.ok) return r;
  return { ok: true, result: finishResult(prepared.plan, r.scored, r.scored.state.level) };
}

/**
 * Scores a cohort, looking facts up through json-rules-engine's almanac, a few subjects at a
 * time; then quotas, ranks and outcomes exactly as `evaluateCohort`.
 */
export async function evaluateCohortAsync(prepared: PreparedRubric, subjects: readonly unknown[], options: AsyncEvaluateOptions = {}): Promise<CohortResult> {
  const dup = duplicateIds(subjects);
  const outcomes: Awaited<ReturnType<typeof scoreAsync>>[] = new Array(subjects.length);
  const limit = Math.max(1, Math.floor(options.concurrency ?? 8));
  let next = 0;
  const worker = async (): Promise<void> => {
    const engine = buildEngine(prepared.plan);
    while (next < subjects.length) {
      const i = next++;
      outcomes[i] = await scoreAsync(prepared, subjects[i], i, options, engine);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, subjects.length) }, worker));
  const scored: Scored[] = [];
  const errors: SubjectError[] = [];
  outcomes.forEach((r, index) => {
    if (!r.ok) errors.push(...r.errors);
    else if (dup.has(r.scored.subject.id)) errors.push(duplicateIdError(r.scored.subject.id, index));
    else scored.push(r.scored);
  });
  return finishCohort(prepared.plan, scored, errors);
}
