import { describe, expect, it } from 'vitest';
import { normaliseRubric } from '../../src/validate/index.js';
import { baseRubric } from './base-rubric.js';

describe('normaliseRubric', () => {
  it('fills documented defaults', () => {
    const r = normaliseRubric(baseRubric());
    expect(r.scale.clamp).toBe(true);
    expect(r.scale.rounding).toBe('half-up');
    expect(r.facts.find((f) => f.id === 'orgPoints')).toMatchObject({ required: true, source: 'input' });
    expect(r.facts.find((f) => f.id === 'criticisms')).toMatchObject({ required: false, source: 'input' });
    expect(r.ranks![0]!.rounding).toBe('ceil');
  });

  it('keeps what the author wrote', () => {
    const input = baseRubric();
    input.scale.clamp = false;
    input.scale.rounding = 'half-even';
    input.facts[0]!.required = false;
    input.ranks![0]!.rounding = 'floor';
    const r = normaliseRubric(input);
    expect(r.scale).toMatchObject({ clamp: false, rounding: 'half-even' });
    expect(r.facts[0]!.required).toBe(false);
    expect(r.ranks![0]!.rounding).toBe('floor');
  });

  it('is idempotent and does not change its input', () => {
    const input = baseRubric();
    const before = JSON.stringify(input);
    const once = normaliseRubric(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(normaliseRubric(once)).toEqual(once);
  });
});
