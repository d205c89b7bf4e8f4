/**
 * The Anyang rubric as a GoRules JDM graph (one expression node) evaluated by @gorules/zen-engine.
 * The engine is a native binding and an optional dependency: `loadZen` returns null with the
 * reason when it cannot be loaded on this machine.
 */
import type { AnyangFacts } from '../data.js';
import { ASPECTS } from '../data.js';
import { LEVELS, type Scored } from './handwritten.js';
import { BAND_MIN_HALF, LIST_BONUS_HALF, LIST_FACTS, PER_COUNT_HALF } from './anyang-rules.js';

function highestOf(list: string): string {
  const tiers = Object.entries(LIST_BONUS_HALF).sort((a, b) => b[1] - a[1]);
  return '(' + tiers.map(([t, h]) => `contains(${list}, '${t}') ? ${h} : `).join('') + '0)';
}

const SCORE = `max([0, min([200, ${[
  ...ASPECTS.map((a) => `${a} * 2`),
  ...LIST_FACTS.map(highestOf),
  ...Object.entries(PER_COUNT_HALF).map(([f, h]) => `${f} * ${h}`),
  '(satisfaction < 0.6 ? -10 : 0)',
].join(' + ')}])])`;

const BAND = '(' + BAND_MIN_HALF.map((min, i) => `$.s >= ${min} ? ${i} : `).join('') + '5)';
const LEVEL =
  `satisfaction < 0.5 ? 5 : max([min([5, ${BAND} + (absences >= 3 ? 1 : 0)]), ` +
  `(electionOverdueMonths > 12 ? 2 : (electionOverdueMonths > 0 or absences >= 3) ? 1 : 0)])`;

/** The decision graph: request → expression node (s, l) → response. */
export const ANYANG_JDM = {
  nodes: [
    { id: 'request', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
    {
      id: 'anyang',
      type: 'expressionNode',
      name: 'anyang',
      position: { x: 300, y: 0 },
      content: {
        expressions: [
          { id: 'score', key: 's', value: SCORE },
          { id: 'level', key: 'l', value: LEVEL },
        ],
      },
    },
    { id: 'response', type: 'outputNode', name: 'response', position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'e1', type: 'edge', sourceId: 'request', targetId: 'anyang' },
    { id: 'e2', type: 'edge', sourceId: 'anyang', targetId: 'response' },
  ],
};

export interface ZenBaseline {
  score(facts: AnyangFacts): Promise<Scored>;
  dispose(): void;
}

export type ZenLoad = { ok: true; zen: ZenBaseline; version: string } | { ok: false; reason: string };

export async function loadZen(): Promise<ZenLoad> {
  try {
    const mod = await import('@gorules/zen-engine');
    const engine = new mod.ZenEngine();
    const decision = engine.createDecision(ANYANG_JDM);
    let version = 'unknown';
    try {
      const { createRequire } = await import('node:module');
      version = (createRequire(import.meta.url)('@gorules/zen-engine/package.json') as { version: string }).version;
    } catch {
      // The version is informative only.
    }
    return {
      ok: true,
      version,
      zen: {
        async score(facts) {
          const { result } = await decision.evaluate(facts);
          return { score: result.s / 2, level: LEVELS[result.l as number]! };
        },
        dispose: () => engine.dispose(),
      },
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}
