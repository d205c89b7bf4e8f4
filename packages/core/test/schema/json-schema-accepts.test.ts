import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { rubricJsonSchema } from '../../src/validate/index.js';
import { baseRubric, mutated } from '../validate/base-rubric.js';

// The generated schema is checked by an independent validator, as editors will use it.
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(rubricJsonSchema());

describe('the generated JSON Schema', () => {
  it('accepts a valid rubric using every construct', () => {
    const ok = validate(JSON.parse(JSON.stringify(baseRubric())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses shapes the zod model refuses', () => {
    const cases = [
      mutated((r) => {
        (r.levels[0] as Record<string, unknown>).colour = '#ffffff';
      }),
      mutated((r) => {
        r.sections[0]!.indicators[0]!.id = '1a';
      }),
      mutated((r) => {
        r.gates![0]!.when = { fact: 'satisfaction', operator: 'eq' as never, value: 1 };
      }),
      mutated((r) => {
        (r.facts[0] as { type: string }).type = 'float';
      }),
    ];
    for (const rubric of cases) expect(validate(JSON.parse(JSON.stringify(rubric)))).toBe(false);
  });
});
