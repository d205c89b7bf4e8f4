/**
 * The engines timed side by side on single subjects. Each loads itself (or says why it cannot),
 * declares the largest N it is timed at (slow engines are capped so a run stays bounded), and
 * scores a whole array into `out` so every engine does the same bookkeeping.
 */
import type { AnyangSubject } from '../data.js';
import { scoreAnyang, type Scored } from '../baselines/handwritten.js';
import { loadRubricate, type RubricateLoad } from './rubricate.js';

export interface Engine {
  id: string;
  label: string;
  /** Largest N timed; above it the engine is reported as capped. */
  maxN: number;
  /** Why it is capped, printed in the notes. */
  capNote?: string;
  runAll(subjects: readonly AnyangSubject[], out: Scored[]): void | Promise<void>;
  dispose?(): void;
}

/** Every engine the bench knows, in the order it times them. */
export const ENGINE_IDS = ['handwritten', 'rubricate', 'rubricate-lean', 'rubricate-compiled', 'json-logic', 'json-rules-engine', 'zen', 'zen-64'] as const;

export type EngineLoad = { ok: true; engine: Engine } | { ok: false; id: string; label: string; reason: string };

const UNCAPPED = Number.POSITIVE_INFINITY;

/** An engine whose loop calls `score` for each subject. */
function syncEngine(id: string, label: string, maxN: number, score: (s: AnyangSubject) => Scored, capNote?: string): Engine {
  return loopEngine(id, label, maxN, (subjects, out) => {
    for (let i = 0; i < subjects.length; i++) out[i] = score(subjects[i]!);
  }, capNote);
}

/**
 * An engine with a loop of its own. Closures made by one function share V8's type feedback, so
 * the loop in `syncEngine` calls every engine's function from one call site: after a few engines
 * it is polymorphic and inlines none of them, and the engine timed first (the hand-written
 * function at the first N) would run faster than it does later. The engines compared with the
 * hand-written function each get their own loop, as a program scoring with one of them has.
 */
function loopEngine(id: string, label: string, maxN: number, runAll: Engine['runAll'], capNote?: string): Engine {
  return { id, label, maxN, ...(capNote ? { capNote } : {}), runAll };
}

/** A rubricate scorer the core may not export: its engine with the loop `loop` makes, or why it is absent. */
function optionalEngine<S>(id: string, label: string, load: RubricateLoad, scorer: S | undefined, missing: string, loop: (scorer: S) => Engine['runAll']): EngineLoad {
  if (!load.ok) return { ok: false, id, label, reason: load.reason };
  if (!scorer) return { ok: false, id, label, reason: missing };
  return { ok: true, engine: loopEngine(id, label, UNCAPPED, loop(scorer)) };
}

/** Up to `inFlight` evaluations awaited at once, as a server handling concurrent requests would. */
async function pool(
  subjects: readonly AnyangSubject[],
  out: Scored[],
  inFlight: number,
  score: (s: AnyangSubject) => Promise<Scored>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < subjects.length) {
      const i = next++;
      out[i] = await score(subjects[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, subjects.length) }, worker));
}

export async function loadEngines(only?: ReadonlySet<string>): Promise<EngineLoad[]> {
  const want = (id: string) => !only || only.has(id);
  const out: EngineLoad[] = [];
  if (want('handwritten')) {
    const engine = loopEngine('handwritten', 'hand-written JS function', UNCAPPED, (subjects, out) => {
      for (let i = 0; i < subjects.length; i++) out[i] = scoreAnyang(subjects[i]!.facts);
    });
    out.push({ ok: true, engine });
  }
  if (want('rubricate')) {
    const r = await loadRubricate();
    out.push(
      r.ok
        ? { ok: true, engine: syncEngine('rubricate', 'rubricate evaluateSubject', UNCAPPED, (s) => r.engine.score(s)) }
        : { ok: false, id: 'rubricate', label: 'rubricate evaluateSubject', reason: r.reason },
    );
  }
  // Each loop is written at its call (see `loopEngine`): one loop shared by two engines would call both from one site.
  if (want('rubricate-lean')) {
    const r = await loadRubricate();
    out.push(
      optionalEngine('rubricate-lean', 'rubricate createLeanScorer (no trace)', r, r.ok ? r.engine.lean : undefined, 'createLeanScorer not exported by the core', (lean) => (subjects, out) => {
        for (let i = 0; i < subjects.length; i++) out[i] = lean(subjects[i]!);
      }),
    );
  }
  if (want('rubricate-compiled')) {
    const r = await loadRubricate();
    out.push(
      optionalEngine('rubricate-compiled', 'rubricate compiled ahead of time (compileScorerSource)', r, r.ok ? r.engine.compiled : undefined, 'compileScorerSource not exported by the core', (compiled) => (subjects, out) => {
        for (let i = 0; i < subjects.length; i++) out[i] = compiled(subjects[i]!);
      }),
    );
  }
  // The other engines' libraries are imported only when asked for: a process timing one engine
  // alone loads nothing else (see src/sections/throughput-alone.ts).
  if (want('json-logic')) {
    const { scoreJsonLogic } = await import('../baselines/json-logic.js');
    out.push({
      ok: true,
      engine: syncEngine('json-logic', 'json-logic-js 2.0.5', 100_000, (s) => scoreJsonLogic(s.facts), 'about 10 s a run at 1M'),
    });
  }
  if (want('json-rules-engine')) {
    const { prepareJsonRulesEngine } = await import('../baselines/json-rules-engine.js');
    const jre = prepareJsonRulesEngine();
    out.push({
      ok: true,
      engine: {
        id: 'json-rules-engine',
        label: 'json-rules-engine 7.3.1, one run per subject',
        maxN: 10_000,
        capNote: 'a few thousand subjects/s: minutes at 1M',
        async runAll(subjects, o) {
          for (let i = 0; i < subjects.length; i++) o[i] = await jre.score(subjects[i]!.facts);
        },
      },
    });
  }
  if (want('zen') || want('zen-64')) {
    const { loadZen } = await import('../baselines/zen.js');
    const z = await loadZen();
    if (!z.ok) {
      out.push({ ok: false, id: 'zen', label: '@gorules/zen-engine', reason: `native binding did not load: ${z.reason}` });
    } else {
      if (want('zen')) {
        out.push({
          ok: true,
          engine: {
            id: 'zen',
            label: `@gorules/zen-engine ${z.version}, awaited one by one`,
            maxN: 10_000,
            capNote: 'a few thousand subjects/s awaited one by one',
            async runAll(subjects, o) {
              for (let i = 0; i < subjects.length; i++) o[i] = await z.zen.score(subjects[i]!.facts);
            },
          },
        });
      }
      if (want('zen-64')) {
        out.push({
          ok: true,
          engine: {
            id: 'zen-64',
            label: `@gorules/zen-engine ${z.version}, 64 in flight`,
            maxN: 100_000,
            capNote: 'tens of thousands of subjects/s',
            runAll: (subjects, o) => pool(subjects, o, 64, (s) => z.zen.score(s.facts)),
            dispose: () => z.zen.dispose(),
          },
        });
      }
    }
  }
  return out;
}
