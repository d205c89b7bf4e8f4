import type { Message } from '../result/types.js';
import { COLLECTION_KINDS } from './kinds.js';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders a JSON path as `sections[0].indicators[2].max`; the empty path is `$`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (PLAIN_KEY.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '$' : out;
}

/** {@link formatPath}, keeping only the end of a very long path (deep nesting) for messages. */
export function formatPathShort(path: readonly (string | number)[], max = 60): string {
  const full = formatPath(path);
  return full.length <= max ? full : `…${full.slice(full.length - max + 1)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childOf(value: unknown, key: string | number): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(value, key)) return value[key];
  return undefined;
}

/** The innermost named thing on a path, and the fields below it. */
export interface Location {
  /** e.g. { zh: '指标 a3', en: 'indicator a3' }, or undefined at the top of the rubric. */
  owner?: Message;
  /** The path below the owner, e.g. ['points', 'fact']. */
  rest: (string | number)[];
}

/**
 * Finds the innermost element of a known collection (an indicator, a level …) on the path, naming it
 * by its id when it has one, by its position otherwise. `root` is the document the path points into.
 */
export function locate(root: unknown, path: readonly (string | number)[]): Location {
  let node: unknown = root;
  let owner: Message | undefined;
  let ownerEnd = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const parentKey = i > 0 ? path[i - 1] : undefined;
    const child = childOf(node, key);
    const kind = typeof parentKey === 'string' ? COLLECTION_KINDS[parentKey] : undefined;
    // Only elements of a collection get a name; `conditions` is a record keyed by the name itself.
    if (kind && typeof key === 'number' && Array.isArray(node)) {
      const id = isRecord(child) && typeof child.id === 'string' && child.id !== '' ? child.id : undefined;
      owner = id
        ? { zh: `${kind.zh} ${id}`, en: `${kind.en} ${id}` }
        : { zh: `第 ${key + 1} 个${kind.zh}`, en: `${kind.en} #${key + 1}` };
      ownerEnd = i + 1;
    } else if (kind && parentKey === 'conditions' && typeof key === 'string' && i === 1) {
      owner = { zh: `${kind.zh} ${key}`, en: `${kind.en} ${key}` };
      ownerEnd = i + 1;
    }
    node = child;
  }
  return owner ? { owner, rest: path.slice(ownerEnd) } : { rest: [...path] };
}

/**
 * "指标 a3 的「points.fact」" / "indicator a3, field points.fact"; the whole rubric when the path is empty.
 */
export function describeWhere(root: unknown, path: readonly (string | number)[]): Message {
  const { owner, rest } = locate(root, path);
  const field = rest.length > 0 ? formatPath(rest) : undefined;
  if (owner && field) return { zh: `${owner.zh} 的「${field}」`, en: `${owner.en}, field ${field}` };
  if (owner) return owner;
  if (field) return { zh: `「${field}」`, en: `field ${field}` };
  return { zh: '评分细则', en: 'the rubric' };
}
