export { type RoundingMode, divRound, divRoundBig, mulDivRound } from './rounding.js';
export { type DecimalParts, decimalParts, decimalPlaces, toUnitsExact, toUnitsFast, fromUnits, pow10 } from './decimal-string.js';
export { type DecimalUnit, MAX_UNIT_SCALE, declaredPointValues, deriveUnit, constUnits } from './unit.js';
