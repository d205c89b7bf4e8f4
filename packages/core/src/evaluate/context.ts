import type { Condition } from '../schema/condition.js';
import type { Issue } from '../result/types.js';
import type { Level } from '../schema/levels.js';
import type { DecimalUnit, RoundingMode } from '../decimal/index.js';
import type { FactSlot } from './plan.js';

/** A rubric that cannot be prepared (validate it first for the full list of problems). */
export class RubricPrepareError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('; '));
    this.name = 'RubricPrepareError';
  }
}

/** What a rule kind may use while it compiles. */
export interface PrepareContext {
  unit: DecimalUnit;
  rounding: RoundingMode;
  facts: readonly FactSlot[];
  levels: readonly Level[];
  levelIndex: ReadonlyMap<string, number>;
  /** The slot of a declared fact; an unknown fact is a prepare error at `path`. */
  fact(id: string, path: (string | number)[]): FactSlot;
  /** A declared constant in units (exact: the unit was derived from it). */
  units(x: number, path: (string | number)[]): number;
  /** The index of a declared level; an unknown level is a prepare error at `path`. */
  level(id: string, path: (string | number)[]): number;
  /** Registers a condition to evaluate per subject; returns its site index. */
  condition(cond: Condition, path: (string | number)[]): number;
  fail(path: (string | number)[], code: string, zh: string, en: string): never;
}
