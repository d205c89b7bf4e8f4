/**
 * Immutable updates of a JSON document by path. Paths are arrays of keys and indices, the same
 * shape as core `Issue.path`, so a problem can be mapped straight to the field that edits it.
 */
export type JsonPath = readonly (string | number)[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function assertSafeKey(key: string | number): void {
  if (typeof key === 'string' && FORBIDDEN.has(key)) throw new Error(`refused path key: ${key}`);
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(doc: unknown, path: JsonPath): unknown {
  let cur: unknown = doc;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function copyContainer(value: unknown, nextKey: string | number): Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return value.slice();
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>) };
  return typeof nextKey === 'number' ? [] : {};
}

/**
 * A copy of `doc` with `value` at `path`; containers on the way are created. `undefined` removes
 * an object key (so clearing an optional field removes it from the JSON).
 */
export function setAt<T>(doc: T, path: JsonPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  assertSafeKey(head);
  const copy = copyContainer(doc, head);
  const child = getAt(doc, [head]);
  const next = rest.length === 0 ? value : setAt(child, rest, value);
  if (Array.isArray(copy)) {
    if (typeof head !== 'number') throw new Error(`array index expected, got ${String(head)}`);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
  } else if (next === undefined) {
    delete copy[head];
  } else {
    copy[head] = next;
  }
  return copy as T;
}

/** Insert `value` into the array at `path` before `index` (end when omitted). */
export function insertAt<T>(doc: T, path: JsonPath, value: unknown, index?: number): T {
  const list = getAt(doc, path);
  const arr = Array.isArray(list) ? list.slice() : [];
  arr.splice(index ?? arr.length, 0, value);
  return setAt(doc, path, arr);
}

/** Remove the item at `index` of the array at `path`; an array left empty stays as `[]`. */
export function removeAt<T>(doc: T, path: JsonPath, index: number): T {
  const list = getAt(doc, path);
  if (!Array.isArray(list)) return doc;
  const arr = list.slice();
  arr.splice(index, 1);
  return setAt(doc, path, arr);
}

/** Move the item of the array at `path` from `from` to `to`. */
export function moveAt<T>(doc: T, path: JsonPath, from: number, to: number): T {
  const list = getAt(doc, path);
  if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return doc;
  const arr = list.slice();
  const [item] = arr.splice(from, 1);
  arr.splice(to, 0, item);
  return setAt(doc, path, arr);
}

/** "sections.0.indicators.2.max" — the form's field ids and `data-path` attributes. */
export function pathKey(path: JsonPath): string {
  return path.join('.');
}
