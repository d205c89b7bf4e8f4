/**
 * The Anyang rubric as two JsonLogic expressions: the score in half-points from the facts, then
 * the level index from the score and the facts.
 */
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import type { AnyangFacts } from '../data.js';
import { ASPECTS } from '../data.js';
import { LEVELS, type Scored } from './handwritten.js';
import { BAND_MIN_HALF, LIST_BONUS_HALF, LIST_FACTS, PER_COUNT_HALF } from './anyang-rules.js';

type Logic = RulesLogic;

function highestOf(list: string): Logic {
  const tiers = Object.entries(LIST_BONUS_HALF).sort((a, b) => b[1] - a[1]);
  const args: unknown[] = [];
  for (const [tier, half] of tiers) args.push({ in: [tier, { var: list }] }, half);
  args.push(0);
  return { if: args } as unknown as Logic;
}

export const SCORE_LOGIC: Logic = {
  max: [
    0,
    {
      min: [
        200,
        {
          '+': [
            ...ASPECTS.map((a) => ({ '*': [2, { var: a }] })),
            ...LIST_FACTS.map(highestOf),
            ...Object.entries(PER_COUNT_HALF).map(([fact, half]) => ({ '*': [half, { var: fact }] })),
            { if: [{ '<': [{ var: 'satisfaction' }, 0.6] }, -10, 0] },
          ],
        },
      ],
    },
  ],
} as unknown as Logic;

const band: Logic = {
  if: [...BAND_MIN_HALF.flatMap((min, i) => [{ '>=': [{ var: 's' }, min] }, i]), 5],
} as unknown as Logic;

export const LEVEL_LOGIC: Logic = {
  if: [
    { '<': [{ var: 'f.satisfaction' }, 0.5] },
    5,
    {
      max: [
        { min: [5, { '+': [band, { if: [{ '>=': [{ var: 'f.absences' }, 3] }, 1, 0] }] }] },
        {
          if: [
            { '>': [{ var: 'f.electionOverdueMonths' }, 12] },
            2,
            { or: [{ '>': [{ var: 'f.electionOverdueMonths' }, 0] }, { '>=': [{ var: 'f.absences' }, 3] }] },
            1,
            0,
          ],
        },
      ],
    },
  ],
} as unknown as Logic;

export function scoreJsonLogic(facts: AnyangFacts): Scored {
  const s = jsonLogic.apply(SCORE_LOGIC, facts) as number;
  const idx = jsonLogic.apply(LEVEL_LOGIC, { s, f: facts }) as number;
  return { score: s / 2, level: LEVELS[idx]! };
}
