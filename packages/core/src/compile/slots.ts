/** The value a per-category-slot table holds in every slot, or undefined when the slots differ. */
export function uniform(a: ArrayLike<number>): number | undefined {
  const first = a[0];
  for (let i = 1; i < a.length; i++) if (a[i] !== first) return undefined;
  return first;
}
