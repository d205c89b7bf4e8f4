import type { Located } from './entity-spec.js';

/** Items of an id'd array at `key`, with their paths. */
export function locate<T extends { id: string }>(key: string, list: readonly T[] | undefined): Located<T>[] {
  return (list ?? []).map((item, i) => ({ id: item.id, item, path: [key, i] }));
}
