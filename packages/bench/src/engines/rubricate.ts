/**
 * rubricate itself, loaded from the core's source (through tsx) so that a run measures the code in
 * the tree without a build. Returns the reason instead when the evaluator is not there yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyangSubject } from '../data.js';
import type { Scored, LevelId } from '../baselines/handwritten.js';
import { CORE_SRC, loadAnyangRubric } from '../fixture.js';

/** The slice of the core's API the benchmark calls (kept loose so the bench loads while it changes). */
interface CoreApi {
  prepareRubric(rubric: unknown): unknown;
  evaluateSubject(prepared: unknown, subject: unknown): unknown;
  evaluateCohort?(prepared: unknown, subjects: unknown[]): unknown;
}

interface ResultLike {
  score: number;
  level: string | null;
}

export interface RubricateEngine {
  prepared: unknown;
  api: CoreApi;
  score(subject: AnyangSubject): Scored;
  /** The whole cohort with quotas: final score and level per subject, sorted by id. */
  cohort?(subjects: AnyangSubject[]): { results: { id: string; score: number; level: string | null }[]; errors: unknown[] };
}

export type RubricateLoad = { ok: true; engine: RubricateEngine } | { ok: false; reason: string };

function unwrap(r: unknown): ResultLike {
  // evaluateSubject may return the result itself or { ok, result | error }.
  const o = r as Record<string, unknown>;
  if (o && typeof o === 'object' && 'score' in o) return o as unknown as ResultLike;
  if (o && typeof o === 'object' && 'result' in o) return o.result as ResultLike;
  throw new Error(`subject not scored: ${JSON.stringify(o && (o.error ?? o)).slice(0, 300)}`);
}

export async function loadRubricate(): Promise<RubricateLoad> {
  const candidates = [join(CORE_SRC, 'index.ts'), join(CORE_SRC, 'evaluate/index.ts'), join(CORE_SRC, 'cohort/index.ts')];
  const reasons: string[] = [];
  let api: Partial<CoreApi> = {};
  for (const file of candidates) {
    if (!existsSync(file)) {
      reasons.push(`${file.slice(CORE_SRC.length + 1)}: missing`);
      continue;
    }
    try {
      const mod = (await import(pathToFileURL(file).href)) as Partial<CoreApi>;
      api = { ...mod, ...api };
      if (typeof api.prepareRubric === 'function' && typeof api.evaluateSubject === 'function' && typeof api.evaluateCohort === 'function') break;
    } catch (e) {
      reasons.push(`${file.slice(CORE_SRC.length + 1)}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  }
  if (typeof api.prepareRubric !== 'function' || typeof api.evaluateSubject !== 'function') {
    return { ok: false, reason: `core evaluator not available (${reasons.join('; ')})` };
  }
  const core = api as CoreApi;
  try {
    const prepared = core.prepareRubric(loadAnyangRubric());
    const engine: RubricateEngine = {
      prepared,
      api: core,
      score(subject) {
        const r = unwrap(core.evaluateSubject(prepared, subject));
        return { score: r.score, level: (r.level ?? '(null)') as LevelId };
      },
    };
    if (typeof core.evaluateCohort === 'function') {
      const evaluateCohort = core.evaluateCohort;
      engine.cohort = (subjects) => {
        const c = evaluateCohort(prepared, subjects) as { results: ResultLike[]; errors?: unknown[] } & Record<string, unknown>;
        return {
          results: (c.results as unknown as { id: string; score: number; level: string | null }[]),
          errors: c.errors ?? [],
        };
      };
    }
    // One subject end to end, so a failure is reported here rather than in the middle of a timing.
    return { ok: true, engine };
  } catch (e) {
    return { ok: false, reason: `prepareRubric failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }
}
