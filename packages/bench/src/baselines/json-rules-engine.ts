/**
 * The Anyang rubric through json-rules-engine: every adjustment and gate is a rule whose event
 * carries its effect; one `engine.run` per subject. Summing the aspects, picking the highest
 * tier and turning the score into a band are done around the engine, as a json-rules-engine user
 * would (the engine decides conditions, not arithmetic).
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { AnyangFacts } from '../data.js';
import { LEVELS, type Scored } from './handwritten.js';
import { BAND_MIN_HALF, LIST_BONUS_HALF, LIST_FACTS, PER_COUNT_HALF } from './anyang-rules.js';

function rules(): RuleProperties[] {
  const out: RuleProperties[] = [];
  for (const list of LIST_FACTS) {
    for (const [tier, half] of Object.entries(LIST_BONUS_HALF)) {
      out.push({
        name: `${list}-${tier}`,
        conditions: { all: [{ fact: list, operator: 'contains', value: tier }] },
        event: { type: 'highest', params: { group: list, half } },
      });
    }
  }
  for (const [fact, half] of Object.entries(PER_COUNT_HALF)) {
    out.push({
      name: `per-${fact}`,
      conditions: { all: [{ fact, operator: 'greaterThan', value: 0 }] },
      event: { type: 'perCount', params: { fact, half } },
    });
  }
  out.push({
    name: 'satisfaction-below-60',
    conditions: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 0.6 }] },
    event: { type: 'fixed', params: { half: -10 } },
  });
  out.push({
    name: 'absences-demote',
    conditions: { all: [{ fact: 'absences', operator: 'greaterThanInclusive', value: 3 }] },
    event: { type: 'demote', params: { by: 1 } },
  });
  out.push({
    name: 'absences-cap',
    conditions: { all: [{ fact: 'absences', operator: 'greaterThanInclusive', value: 3 }] },
    event: { type: 'cap', params: { level: 1 } },
  });
  out.push({
    name: 'election-overdue',
    conditions: { all: [{ fact: 'electionOverdueMonths', operator: 'greaterThan', value: 0 }] },
    event: { type: 'cap', params: { level: 1 } },
  });
  out.push({
    name: 'election-overdue-year',
    conditions: { all: [{ fact: 'electionOverdueMonths', operator: 'greaterThan', value: 12 }] },
    event: { type: 'cap', params: { level: 2 } },
  });
  out.push({
    name: 'satisfaction-below-50',
    conditions: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 0.5 }] },
    event: { type: 'veto', params: { level: 5 } },
  });
  return out;
}

export interface JsonRulesEngineBaseline {
  score(facts: AnyangFacts): Promise<Scored>;
}

export function prepareJsonRulesEngine(): JsonRulesEngineBaseline {
  const engine = new Engine(rules(), { allowUndefinedFacts: false });
  return {
    async score(facts) {
      const { events } = await engine.run(facts as unknown as Record<string, unknown>);
      let half =
        (facts.a1 + facts.a2 + facts.a3 + facts.a4 + facts.a5 + facts.a6 + facts.a7 + facts.a8 + facts.a9 + facts.a10) * 2;
      const highest: Record<string, number> = {};
      let demote = 0;
      let cap = 0;
      let veto = -1;
      for (const e of events) {
        const p = e.params!;
        switch (e.type) {
          case 'highest':
            highest[p.group] = Math.max(highest[p.group] ?? 0, p.half);
            break;
          case 'perCount':
            half += p.half * (facts as unknown as Record<string, number>)[p.fact]!;
            break;
          case 'fixed':
            half += p.half;
            break;
          case 'demote':
            demote += p.by;
            break;
          case 'cap':
            cap = Math.max(cap, p.level);
            break;
          case 'veto':
            veto = p.level;
            break;
        }
      }
      for (const v of Object.values(highest)) half += v;
      half = Math.min(200, Math.max(0, half));
      let idx = BAND_MIN_HALF.findIndex((min) => half >= min);
      if (idx < 0) idx = 5;
      idx = Math.min(5, idx === 5 ? 5 : idx + demote);
      idx = Math.max(idx, cap);
      if (veto >= 0) idx = veto;
      return { score: half / 2, level: LEVELS[idx]! };
    },
  };
}
