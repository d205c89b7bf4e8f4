import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, formatDecimal, isMultipleOf, sumExact, toDecimal } from '../../src/validate/exact.js';

describe('exact decimals', () => {
  it('reads numbers as the decimals written', () => {
    expect(toDecimal(0.1)).toEqual({ int: 1n, exp: -1 });
    expect(toDecimal(-2.5)).toEqual({ int: -25n, exp: -1 });
    expect(toDecimal(1e-7)).toEqual({ int: 1n, exp: -7 });
    expect(toDecimal(1.5e21)).toEqual({ int: 15n, exp: 20 });
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('multiples without float remainders', () => {
    expect(isMultipleOf(0.3, 0.1)).toBe(true);
    expect(isMultipleOf(2.5, 0.5)).toBe(true);
    expect(isMultipleOf(-3, 0.5)).toBe(true);
    expect(isMultipleOf(0.35, 0.1)).toBe(false);
    expect(isMultipleOf(100, 0.01)).toBe(true);
    expect(isMultipleOf(1, 0.3)).toBe(false);
  });

  it('sums exactly', () => {
    expect(formatDecimal(sumExact([0.1, 0.2]))).toBe('0.3');
    expect(compareDecimal(sumExact([0.7, 0.2, 0.1]), { int: 1n, exp: 0 })).toBe(0);
    expect(formatDecimal(sumExact([]))).toBe('0');
    expect(formatDecimal(sumExact([-0.05, 0.01]))).toBe('-0.04');
    expect(formatDecimal(sumExact([1e21, 1]))).toBe('1000000000000000000001');
  });

  it('k × step is always a multiple of step (tenths and halves)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.constantFrom(0.1, 0.5, 0.01, 0.25, 2), (k, step) => {
        // Round to the step's decimals, as an author would write the value.
        const decimals = String(step).split('.')[1]?.length ?? 0;
        const value = Number((k * step).toFixed(decimals));
        expect(isMultipleOf(value, step)).toBe(true);
      }),
    );
  });

  it('formatDecimal round-trips through Number for plain decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), (n, places) => {
        const value = n / 10 ** places;
        expect(Number(formatDecimal(toDecimal(value)))).toBe(value);
      }),
    );
  });
});
