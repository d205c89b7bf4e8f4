import type { FactSlot } from '../evaluate/plan.js';

/**
 * An option list with at most this many options is read as a bit mask (bit i: the i-th option of
 * the declaration), so its rules are a table lookup: 2^8 entries at most.
 */
export const MASK_OPTIONS = 8;

/**
 * The options of an enum-list fact that the written-out scorer reads as a mask, in bit order, or
 * undefined when it reads the list itself (more options, or a default that is not a list of them).
 */
export function maskOptions(fact: FactSlot): readonly string[] | undefined {
  const d = fact.decl;
  if (d.type !== 'enumList' || d.options.length > MASK_OPTIONS) return undefined;
  const options = d.options.map((o) => o.id);
  if (fact.defaultValue !== undefined && maskOf(options, fact.defaultValue) === undefined) return undefined;
  return options;
}

/** The mask of a list of distinct options; undefined for anything else. */
export function maskOf(options: readonly string[], list: unknown): number | undefined {
  if (!Array.isArray(list)) return undefined;
  let mask = 0;
  for (const item of list as unknown[]) {
    const bit = typeof item === 'string' ? options.indexOf(item) : -1;
    if (bit < 0 || (mask & (1 << bit)) !== 0) return undefined;
    mask |= 1 << bit;
  }
  return mask;
}

/** The items of a mask, in bit order. */
export function itemsOf(options: readonly string[], mask: number): string[] {
  return options.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
