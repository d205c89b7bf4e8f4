/**
 * rubricate itself, bundled from the core's source at the start of a run so that a run measures
 * the code in the tree without a build. Returns the reason instead when the evaluator is not there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { AnyangSubject } from '../data.js';
import type { Scored, LevelId } from '../baselines/handwritten.js';
import { CORE_SRC, REPO_ROOT, loadAnyangRubric } from '../fixture.js';

/** The slice of the core's API the benchmark calls (kept loose so the bench loads while it changes). */
interface CoreApi {
  prepareRubric(rubric: unknown): unknown;
  evaluateSubject(prepared: unknown, subject: unknown): unknown;
  evaluateCohort?(prepared: unknown, subjects: unknown[]): unknown;
  createLeanScorer?(prepared: unknown): (subject: unknown, index?: number) => LeanLike | unknown[];
  createCohortScorer?(prepared: unknown, options?: { expected?: number }): CohortScorerLike;
  explainSubject?(prepared: unknown, subject: unknown, decisions: DecisionsLike, index?: number): ResultLike | undefined;
  compileScorerSource?(prepared: unknown, options: { runtime: string }): string;
}

/** `createLeanScorer`'s result: score in units of 10^-scale, level index (levels.length = none). */
interface LeanLike {
  scoreUnits: number;
  level: number;
}

interface DecisionsLike {
  errors: unknown[];
  distribution: unknown;
  finalLevelOf(id: string): string | null | undefined;
  order(): Iterable<{ id: string; index: number }>;
}

/** What a module written by `compileScorerSource` exports. */
interface CompiledModule {
  createScorer(p: unknown): (s: unknown) => LeanLike | unknown[];
  createCohortScorer(p: unknown, options?: { expected?: number }): CohortScorerLike;
}

interface CohortScorerLike {
  add(subject: unknown, index: number): boolean;
  finish(): DecisionsLike;
}

/** A cohort's final levels, and how to get each subject's score afterwards (outside any timing). */
export interface CompactCohort {
  decisions: DecisionsLike;
  /**
   * (id, score, final level) of every scored subject in id order: the level from
   * `finalLevelOf`, the score from `explainSubject` (the pass two a caller runs when it needs it).
   */
  results(): Generator<{ id: string; score: number; level: string | null }>;
}

interface ResultLike {
  score: number;
  level: string | null;
}

export interface RubricateEngine {
  /** The bundled evaluator that was loaded. */
  file: string;
  prepared: unknown;
  api: CoreApi;
  score(subject: AnyangSubject): Scored;
  /** `createLeanScorer`: score and level without the trace (absent when the core has none). */
  lean?(subject: AnyangSubject): Scored;
  /** The scorer `compileScorerSource` writes for the rubric ahead of time (absent when the core has none). */
  compiled?(subject: AnyangSubject): Scored;
  /** `createCohortScorer`: add every subject, then `finish` (compact decisions, no results). */
  cohortCompact?(subjects: AnyangSubject[]): CompactCohort;
  /** The same with the compiled module's `createCohortScorer` (its code in the first pass). */
  cohortCompiled?(subjects: AnyangSubject[]): CompactCohort;
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

/**
 * The evaluator bundled from the core's source with esbuild (as tsup does for the published build),
 * into a temporary .mjs. Running the source through tsx instead would add its keep-names helper
 * (`__name`) to every closure and distort the profile.
 */
export async function bundleEvaluator(): Promise<string> {
  // A parent run passes its bundle to child processes, so they neither rebuild nor leave copies.
  const given = process.env.RUBRICATE_BENCH_CORE_BUNDLE;
  if (given) return given;
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-core-'));
  const outfile = join(dir, 'rubricate-core.mjs');
  // The profiler reads the bundle after this process ends, to name the source files of its frames.
  if (!process.env.RUBRICATE_BENCH_KEEP_BUNDLE) process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  await build({
    stdin: {
      contents: [
        "export { prepareRubric, evaluateSubject } from './evaluate/index.ts';",
        "export { evaluateCohort } from './cohort/index.ts';",
        // Optional: missing exports fail the build, so they are probed in the source first.
        ...(existsSync(join(CORE_SRC, 'evaluate', 'lean.ts')) ? ["export { createLeanScorer } from './evaluate/index.ts';"] : []),
        ...(existsSync(join(CORE_SRC, 'cohort', 'cohort-scorer.ts')) ? ["export { createCohortScorer, explainSubject } from './cohort/index.ts';"] : []),
        ...(existsSync(join(CORE_SRC, 'compile', 'index.ts')) ? ["export * from './compile/index.ts';"] : []),
      ].join('\n'),
      resolveDir: CORE_SRC,
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    absWorkingDir: REPO_ROOT,
    logLevel: 'silent',
  });
  return outfile;
}

/** Maps a line of the bundle to the source file esbuild placed there (it marks each with a comment). */
export function bundleLineMap(file: string): (line: number) => string {
  const marks: [number, string][] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\/\/ ((?:packages|node_modules)\/.*)$/.exec(l);
      if (m) marks.push([i, m[1]!.replace(/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')]);
    });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]![0] <= line) {
        found = marks[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

let loading: Promise<RubricateLoad> | undefined;

/** The evaluator, bundled and prepared once per process (several engines share it). */
export function loadRubricate(): Promise<RubricateLoad> {
  loading ??= load();
  return loading;
}

async function load(): Promise<RubricateLoad> {
  let api: Partial<CoreApi>;
  let file: string;
  try {
    file = await bundleEvaluator();
    api = (await import(pathToFileURL(file).href)) as Partial<CoreApi>;
  } catch (e) {
    return { ok: false, reason: `core evaluator not available: ${(e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' | ')}` };
  }
  if (typeof api.prepareRubric !== 'function' || typeof api.evaluateSubject !== 'function') {
    return { ok: false, reason: 'core evaluator not available: prepareRubric/evaluateSubject not exported' };
  }
  const core = api as CoreApi;
  try {
    const prepared = core.prepareRubric(loadAnyangRubric());
    const engine: RubricateEngine = {
      file,
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
    // Lean scores are in units of 10^-scale; the scale is the prepared plan's (as `fromUnits` uses it).
    const plan = (prepared as { plan?: { unit?: { scale?: number } } }).plan;
    const levels = (prepared as { rubric?: { levels?: { id: string }[] } }).rubric?.levels ?? [];
    const scale = plan?.unit?.scale;
    if (typeof core.createLeanScorer === 'function' && typeof scale === 'number') {
      const lean = core.createLeanScorer(prepared);
      const div = 10 ** scale;
      engine.lean = (subject) => {
        const r = lean(subject);
        if (Array.isArray(r)) throw new Error(`subject ${subject.id} not scored: ${JSON.stringify(r[0]).slice(0, 300)}`);
        const l = r as LeanLike;
        return { score: l.scoreUnits / div, level: (levels[l.level]?.id ?? '(null)') as LevelId };
      };
    }
    let mod: CompiledModule | undefined;
    if (typeof core.compileScorerSource === 'function' && typeof scale === 'number') {
      // As a publisher ships it: a module beside the core it imports (here the bundle, by path).
      const source = core.compileScorerSource(prepared, { runtime: './' + basename(file) });
      const out = join(dirname(file), `anyang.scorer.${process.pid}.mjs`);
      writeFileSync(out, source);
      mod = (await import(pathToFileURL(out).href)) as CompiledModule;
      const compiled = mod.createScorer(prepared);
      const div = 10 ** scale;
      // Written out again rather than shared with `engine.lean`: closures of one function share
      // V8's type feedback, and a shared call site would time both engines through a polymorphic call.
      engine.compiled = (subject) => {
        const r = compiled(subject);
        if (Array.isArray(r)) throw new Error(`subject ${subject.id} not scored: ${JSON.stringify(r[0]).slice(0, 300)}`);
        const l = r as LeanLike;
        return { score: l.scoreUnits / div, level: (levels[l.level]?.id ?? '(null)') as LevelId };
      };
    }
    if (typeof core.createCohortScorer === 'function' && typeof core.explainSubject === 'function') {
      const explain = core.explainSubject;
      const compact = (create: (p: unknown, o: { expected: number }) => CohortScorerLike) => (subjects: AnyangSubject[]): CompactCohort => {
        // As a caller with an array would: the scorer sizes its arrays once.
        const scorer = create(prepared, { expected: subjects.length });
        for (let i = 0; i < subjects.length; i++) scorer.add(subjects[i], i);
        const decisions = scorer.finish();
        return {
          decisions,
          *results() {
            for (const { id, index } of decisions.order()) {
              const r = explain(prepared, subjects[index], decisions, index);
              if (!r) throw new Error(`explainSubject gave nothing for ${id}`);
              const level = decisions.finalLevelOf(id) ?? null;
              if (r.level !== level) throw new Error(`${id}: finalLevelOf gives ${level}, explainSubject ${r.level}`);
              yield { id, score: r.score, level };
            }
          },
        };
      };
      engine.cohortCompact = compact(core.createCohortScorer);
      if (mod) engine.cohortCompiled = compact(mod.createCohortScorer);
    }
    // One subject end to end, so a failure is reported here rather than in the middle of a timing.
    return { ok: true, engine };
  } catch (e) {
    return { ok: false, reason: `prepareRubric failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }
}
