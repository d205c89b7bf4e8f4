import type { FactDeclaration, Message, Rubric } from '@rubricate/core';
import type { Change } from './types.js';

/** What every differ can ask about the two rubrics. */
export interface DiffContext {
  readonly old: Rubric;
  readonly new: Rubric;
  /** Facts declared in the new rubric only: no subject scored under the old one can carry them. */
  readonly addedFacts: ReadonlyMap<string, FactDeclaration>;
}

export function createContext(oldRubric: Rubric, newRubric: Rubric): DiffContext {
  const oldIds = new Set(oldRubric.facts.map((f) => f.id));
  const addedFacts = new Map<string, FactDeclaration>();
  for (const fact of newRubric.facts) if (!oldIds.has(fact.id)) addedFacts.set(fact.id, fact);
  return { old: oldRubric, new: newRubric, addedFacts };
}

/** The value a fact has for a subject that does not give it: its default. */
export function defaultOf(fact: FactDeclaration): unknown {
  return fact.default;
}

/** Where a compared value sits and whose it is, for paths and messages. */
export interface Site {
  path: (string | number)[];
  /** The rule or item the value belongs to, in words, e.g. 级别“五星级” / level "Five stars". */
  owner: Message;
}

/** Compares one field's old and new values and says what changed. */
export type FieldDiffer = (oldValue: unknown, newValue: unknown, site: Site, ctx: DiffContext) => Change[];

/**
 * How a field diffs:
 * - `wording`: any change is a patch (text shown to people);
 * - `semantic`: any change is major (it can move a score or a level);
 * - `ignore`: not compared here (compared elsewhere, e.g. nested collections matched by id);
 * - a function for anything finer (ranges that may widen, condition trees, kinds of rule).
 * A field with no declared rule is `semantic`: when unsure, major.
 */
export type FieldRule = 'wording' | 'semantic' | 'ignore' | FieldDiffer;

export type FieldRules = Readonly<Record<string, FieldRule>>;

/** The provenance and text fields every rule has, all wording. */
export const WORDING_FIELDS = {
  label: 'wording',
  description: 'wording',
  clause: 'wording',
  assumptions: 'wording',
} as const satisfies FieldRules;
