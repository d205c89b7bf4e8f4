/**
 * The engines timed side by side on single subjects. Each loads itself (or says why it cannot),
 * declares the largest N it is timed at (slow engines are capped so a run stays bounded), and
 * scores a whole array into `out` so every engine does the same bookkeeping.
 */
import type { AnyangSubject } from '../data.js';
import { scoreAnyang, type Scored } from '../baselines/handwritten.js';
import { scoreJsonLogic } from '../baselines/json-logic.js';
import { prepareJsonRulesEngine } from '../baselines/json-rules-engine.js';
import { loadZen } from '../baselines/zen.js';
import { loadRubricate } from './rubricate.js';

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

export type EngineLoad = { ok: true; engine: Engine } | { ok: false; id: string; label: string; reason: string };

const UNCAPPED = Number.POSITIVE_INFINITY;

function syncEngine(id: string, label: string, maxN: number, score: (s: AnyangSubject) => Scored, capNote?: string): Engine {
  return {
    id,
    label,
    maxN,
    ...(capNote ? { capNote } : {}),
    runAll(subjects, out) {
      for (let i = 0; i < subjects.length; i++) out[i] = score(subjects[i]!);
    },
  };
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
  if (want('handwritten')) out.push({ ok: true, engine: syncEngine('handwritten', 'hand-written JS function', UNCAPPED, (s) => scoreAnyang(s.facts)) });
  if (want('rubricate')) {
    const r = await loadRubricate();
    out.push(
      r.ok
        ? { ok: true, engine: syncEngine('rubricate', 'rubricate evaluateSubject', UNCAPPED, (s) => r.engine.score(s)) }
        : { ok: false, id: 'rubricate', label: 'rubricate evaluateSubject', reason: r.reason },
    );
  }
  if (want('rubricate-lean')) {
    const r = await loadRubricate();
    const label = 'rubricate createLeanScorer (no trace)';
    const lean = r.ok ? r.engine.lean : undefined;
    out.push(
      lean
        ? { ok: true, engine: syncEngine('rubricate-lean', label, UNCAPPED, lean) }
        : { ok: false, id: 'rubricate-lean', label, reason: r.ok ? 'createLeanScorer not exported by the core' : r.reason },
    );
  }
  if (want('json-logic')) {
    out.push({
      ok: true,
      engine: syncEngine('json-logic', 'json-logic-js 2.0.5', 100_000, (s) => scoreJsonLogic(s.facts), 'about 10 s a run at 1M'),
    });
  }
  if (want('json-rules-engine')) {
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
