import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/schema/condition.js';
import { MAX_CONDITION_DEPTH } from '../../src/validate/index.js';
import { mutated } from './base-rubric.js';
import { onlyCode } from './expect-issues.js';
import { validateRubric } from '../../src/validate/index.js';

const leaf: Condition = { fact: 'satisfaction', operator: 'lessThan', value: 0.5 };

function nest(depth: number): Condition {
  let c: Condition = leaf;
  for (let i = 1; i < depth; i++) c = { not: c };
  return c;
}

describe('condition.cycle', () => {
  it('reports a cycle through shared conditions with its members', () => {
    const issues = onlyCode(
      mutated((r) => {
        r.conditions = {
          lowSatisfaction: { all: [leaf, { condition: 'b' }] },
          b: { any: [{ condition: 'c' }, leaf] },
          c: { not: { condition: 'lowSatisfaction' } },
          self: { condition: 'self' },
        };
        r.flags![0]!.when = { all: [{ condition: 'self' }, { condition: 'lowSatisfaction' }] };
      }),
      'condition.cycle',
    );
    expect(issues.map((i) => i.message.en)).toEqual([
      'shared conditions refer to each other in a cycle: lowSatisfaction → b → c → lowSatisfaction',
      'shared conditions refer to each other in a cycle: self → self',
    ]);
  });
});

describe('condition.depth', () => {
  it(`allows ${MAX_CONDITION_DEPTH} levels and refuses one more`, () => {
    const ok = mutated((r) => {
      r.gates![0]!.when = nest(MAX_CONDITION_DEPTH);
    });
    expect(validateRubric(ok).ok).toBe(true);
    const [issue] = onlyCode(
      mutated((r) => {
        r.gates![0]!.when = nest(MAX_CONDITION_DEPTH + 1);
      }),
      'condition.depth',
    );
    expect(issue!.path).toEqual(['gates', 0, 'when']);
  });

  it('counts through shared conditions', () => {
    const [issue, ...rest] = onlyCode(
      mutated((r) => {
        r.conditions = { lowSatisfaction: leaf, deep: nest(MAX_CONDITION_DEPTH) };
        r.flags![0]!.when = { condition: 'deep' };
        r.gates![2]!.when = { not: { condition: 'deep' } };
      }),
      'condition.depth',
    );
    expect(rest).toEqual([]);
    expect(issue!.path).toEqual(['gates', 2, 'when']);
    expect(issue!.message.zh).toBe(
      `等次限定规则 lateElection 的条件嵌套了 ${MAX_CONDITION_DEPTH + 1} 层，超过 ${MAX_CONDITION_DEPTH} 层的上限，请拆分或简化`,
    );
  });
});
