import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalParts, decimalPlaces, deriveUnit, divRound, fromUnits, mulDivRound, pow10, toUnitsExact, toUnitsFast } from '../../src/decimal/index.js';
import { isMultiple } from '../../src/decimal/decimal-string.js';
import { anyang } from '../evaluate/fixtures/anyang.js';

/** Property runs take seconds on a busy machine; they are not timed tests. */
const PROPERTY_TIMEOUT = 120_000;

describe('decimal conversions', () => {
  it('tells multiples by a floating-point quotient exactly as % does, below 2^50', () => {
    const below = fc.integer({ min: -(2 ** 50) + 1, max: 2 ** 50 - 1 });
    const big = fc.integer({ min: 1, max: 2 ** 20 }).chain((d) => fc.tuple(fc.integer({ min: -Math.floor((2 ** 50 - 1) / d), max: Math.floor((2 ** 50 - 1) / d) }), fc.constant(d)));
    fc.assert(fc.property(below, fc.integer({ min: 1, max: 2 ** 30 }), (u, d) => isMultiple(u, d) === (u % d === 0)), { numRuns: 20_000 });
    // Multiples and their neighbours, where a rounding error would show.
    fc.assert(
      fc.property(big, fc.integer({ min: -2, max: 2 }), ([q, d], off) => {
        const u = q * d + off;
        if (Math.abs(u) >= 2 ** 50) return true;
        return isMultiple(u, d) === (u % d === 0);
      }),
      { numRuns: 20_000 },
    );
    expect(isMultiple(2 ** 50 - 1, 3)).toBe((2 ** 50 - 1) % 3 === 0);
    expect(isMultiple(-10, 5)).toBe(true);
    expect(isMultiple(7, 1)).toBe(true);
  }, PROPERTY_TIMEOUT);

  it('reads the decimal a number was written as', () => {
    expect(decimalParts(0.1)).toEqual({ negative: false, digits: '1', scale: 1 });
    expect(decimalParts(-12.50)).toEqual({ negative: true, digits: '125', scale: 1 });
    expect(decimalParts(1200)).toEqual({ negative: false, digits: '12', scale: -2 });
    expect(decimalParts(1e-7)).toEqual({ negative: false, digits: '1', scale: 7 });
    expect(decimalParts(1e21)).toEqual({ negative: false, digits: '1', scale: -21 });
    expect(decimalPlaces(0.5)).toBe(1);
    expect(decimalPlaces(0.05)).toBe(2);
    expect(decimalPlaces(3)).toBe(0);
  }, PROPERTY_TIMEOUT);

  it('converts to units through the decimal string, never through x·10^k', () => {
    // 0.29 · 100 = 28.999999999999996 in floating point.
    expect(0.29 * 100).not.toBe(29);
    expect(toUnitsExact(0.29, 2)).toBe(29);
    expect(toUnitsExact(1.005, 3)).toBe(1005);
    expect(toUnitsExact(0.25, 1)).toBeUndefined();
    expect(toUnitsExact(-2.5, 1)).toBe(-25);
    expect(toUnitsExact(0, 3)).toBe(0);
  }, PROPERTY_TIMEOUT);

  it('units back to numbers: 3 tenths is 0.3', () => {
    expect(fromUnits(3, 1)).toBe(0.3);
    expect(fromUnits(895, 1)).toBe(89.5);
    expect(fromUnits(-0, 2)).toBe(0);
    expect(Object.is(fromUnits(0, 0), 0)).toBe(true);
  }, PROPERTY_TIMEOUT);

  it('0.1 + 0.2 is 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const u = (toUnitsExact(0.1, 1) as number) + (toUnitsExact(0.2, 1) as number);
    expect(fromUnits(u, 1)).toBe(0.3);
  }, PROPERTY_TIMEOUT);

  it('a million additions of 0.1 are exactly 100000', () => {
    let float = 0;
    let units = 0;
    const tenth = toUnitsExact(0.1, 1) as number;
    for (let i = 0; i < 1_000_000; i++) {
      float += 0.1;
      units += tenth;
    }
    expect(float).not.toBe(100000);
    expect(fromUnits(units, 1)).toBe(100000);
  }, PROPERTY_TIMEOUT);

  it('the fast run-time conversion defers to the string conversion for huge unit counts', () => {
    // 69243547558.1 · 10^5 rounds to …810001 in floating point, which converts back to the same double.
    const x = fromUnits(692435475581, 1);
    expect(toUnitsFast(x, 5, pow10(5))).toBe(6924354755810000);
    expect(toUnitsFast(x, 5, pow10(5))).toBe(toUnitsExact(x, 5));
    expect(toUnitsFast(Number.NaN, 1, 10)).toBeUndefined();
    expect(toUnitsFast(Infinity, 1, 10)).toBeUndefined();
  });

  it('the fast run-time conversion agrees with the string conversion', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (n, written, k) => {
        const x = fromUnits(n, written);
        expect(toUnitsFast(x, k, pow10(k))).toBe(toUnitsExact(x, k));
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (x, k) => {
        expect(toUnitsFast(x, k, pow10(k))).toBe(toUnitsExact(x, k));
      }),
    );
  }, PROPERTY_TIMEOUT);
});

describe('rounding', () => {
  const cases: [number, number, Record<'half-up' | 'half-even' | 'down' | 'up', number>][] = [
    [5, 2, { 'half-up': 3, 'half-even': 2, down: 2, up: 3 }],
    [7, 2, { 'half-up': 4, 'half-even': 4, down: 3, up: 4 }],
    [-5, 2, { 'half-up': -3, 'half-even': -2, down: -2, up: -3 }],
    [4, 3, { 'half-up': 1, 'half-even': 1, down: 1, up: 2 }],
    [6, 3, { 'half-up': 2, 'half-even': 2, down: 2, up: 2 }],
    [0, 7, { 'half-up': 0, 'half-even': 0, down: 0, up: 0 }],
  ];
  it.each(cases)('%i / %i', (num, den, want) => {
    for (const mode of ['half-up', 'half-even', 'down', 'up'] as const) expect(divRound(num, den, mode)).toBe(want[mode]);
  }, PROPERTY_TIMEOUT);
  it('stays exact beyond 2^53', () => {
    expect(mulDivRound(2 ** 40, 2 ** 20, 2 ** 10, 'down')).toBe(2 ** 50);
    expect(mulDivRound(9007199254740991, 3, 3, 'down')).toBe(9007199254740991);
  }, PROPERTY_TIMEOUT);
});

describe('the rubric unit', () => {
  it('Anyang: half points → tenths, precision 5 units', () => {
    expect(deriveUnit(anyang)).toEqual({ scale: 1, factor: 10, precisionUnits: 5 });
  }, PROPERTY_TIMEOUT);
  it('is refined so every declared value is whole', () => {
    const r = { ...anyang, adjustments: [{ id: 'x', label: { zh: 'x' }, kind: 'perCount' as const, fact: 'absences', points: -0.25 }] };
    expect(deriveUnit(r)).toEqual({ scale: 2, factor: 100, precisionUnits: 50 });
  }, PROPERTY_TIMEOUT);
});
