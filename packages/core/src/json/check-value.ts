import type { Issue } from '../result/types.js';
import { formatPathShort as formatPath } from '../messages/path.js';
import { DEFAULT_MAX_DEPTH, FORBIDDEN_KEYS } from './limits.js';

/**
 * Checks a value that did not come through {@link parseJson} (an object built in code, the output
 * of JSON.parse) for what parseJson refuses: keys `__proto__`, `constructor`, `prototype`, and
 * nesting deeper than `maxDepth` (which also stops on a cycle). Schema checks alone are not enough:
 * zod skips a `__proto__` key in a record without a word, and nothing may be dropped silently.
 */
export function checkJsonValue(value: unknown, maxDepth: number = DEFAULT_MAX_DEPTH): Issue[] {
  const issues: Issue[] = [];
  const visit = (node: unknown, path: (string | number)[]): boolean => {
    if (node === null || typeof node !== 'object') return true;
    if (path.length >= maxDepth) {
      issues.push({
        code: 'json.too_deep',
        severity: 'error',
        path,
        message: {
          zh: `嵌套层数过多：超过 ${maxDepth} 层的上限（位置 ${formatPath(path)}）`,
          en: `nested deeper than the limit of ${maxDepth} levels (at ${formatPath(path)})`,
        },
      });
      return false;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (!visit(node[i], [...path, i])) return false;
      return true;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = [...path, key];
        issues.push({
          code: 'json.forbidden_key',
          severity: 'error',
          path: where,
          message: {
            zh: `不允许使用字段名“${key}”（位置 ${formatPath(where)}）：它可能被用来篡改程序中的对象`,
            en: `the key "${key}" is not allowed (at ${formatPath(where)}): it could tamper with objects in the program`,
          },
        });
        continue;
      }
      if (!visit((node as Record<string, unknown>)[key], [...path, key])) return false;
    }
    return true;
  };
  visit(value, []);
  return issues;
}
