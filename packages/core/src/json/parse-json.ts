import { visit } from 'jsonc-parser';
import type { Issue } from '../result/types.js';
import { formatPathShort as formatPath } from '../messages/path.js';
import { syntaxMessage } from './syntax-messages.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, FORBIDDEN_KEYS, type JsonLimits, utf8LengthUpTo } from './limits.js';

/** The outcome of {@link parseJson}: the value, or the first problem found. */
export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

type Container =
  | { kind: 'object'; value: Record<string, unknown>; seen: Set<string>; key: string | undefined }
  | { kind: 'array'; value: unknown[] };

/** Thrown inside the visitor to stop at the first problem; never escapes {@link parseJson}. */
class Stop {
  constructor(readonly issue: Issue) {}
}

function issueAt(
  code: string,
  path: (string | number)[],
  line: number,
  character: number,
  zh: string,
  en: string,
): Issue {
  return { code, severity: 'error', path, line: line + 1, column: character + 1, message: { zh, en } };
}

/**
 * Parses untrusted JSON text (a rubric, a list of subjects).
 *
 * Strict JSON only (no comments, no trailing commas). A leading byte-order mark is ignored. The first
 * problem is returned as an {@link Issue} with a 1-based `line` and `column` and a Chinese and
 * English message: a syntax error; a document larger than `maxBytes` or nested deeper than
 * `maxDepth`; a key `__proto__`, `constructor` or `prototype` (refused wherever it appears, so the
 * result can be merged or spread safely); a key repeated in one object (the later value would
 * silently win); a number too large to represent.
 *
 * @example
 * const r = parseJson('{"a": [1, 2,]}');
 * // r.ok === false; r.issue.line === 1; r.issue.column === 13
 */
export function parseJson(text: string, limits: JsonLimits = {}): ParseJsonResult {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;

  // Every UTF-16 unit is at least one UTF-8 byte, so a too-long string is refused without measuring.
  const bytes = text.length > maxBytes ? text.length : utf8LengthUpTo(text, maxBytes);
  if (bytes > maxBytes) {
    return {
      ok: false,
      issue: {
        code: 'json.too_large',
        severity: 'error',
        path: [],
        message: {
          zh: `文件过大：超过 ${maxBytes} 字节的上限`,
          en: `the document is larger than the limit of ${maxBytes} bytes`,
        },
      },
    };
  }

  // The byte-order mark is dropped, but positions stay those of the original text.
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? ' ' + text.slice(1) : text;

  const stack: Container[] = [];
  const path: (string | number)[] = [];
  let root: unknown;
  let hasRoot = false;

  /** Places a literal or a newly opened container into its parent. */
  const place = (value: unknown): void => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = value;
      hasRoot = true;
      return;
    }
    if (parent.kind === 'array') {
      parent.value.push(value);
      return;
    }
    const key = parent.key;
    if (key === undefined) {
      // The parser reports the missing property name itself; nothing to place.
      return;
    }
    parent.key = undefined;
    // Defined, not assigned: an own data property whatever the key (forbidden keys never get here).
    Object.defineProperty(parent.value, key, { value, enumerable: true, writable: true, configurable: true });
  };

  /** The path of the value about to be placed. */
  const valuePath = (): (string | number)[] => {
    const parent = stack[stack.length - 1];
    if (!parent) return [];
    if (parent.kind === 'array') return [...path, parent.value.length];
    return parent.key === undefined ? [...path] : [...path, parent.key];
  };

  const open = (container: Container, line: number, character: number): void => {
    if (stack.length + 1 > maxDepth) {
      const where = valuePath();
      throw new Stop(
        issueAt(
          'json.too_deep',
          where,
          line,
          character,
          `嵌套层数过多：超过 ${maxDepth} 层的上限（位置 ${formatPath(where)}）`,
          `nested deeper than the limit of ${maxDepth} levels (at ${formatPath(where)})`,
        ),
      );
    }
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.kind === 'array') path.push(parent.value.length);
      else if (parent.key !== undefined) path.push(parent.key);
      else path.push('');
    }
    place(container.value);
    stack.push(container);
  };

  const close = (): void => {
    stack.pop();
    if (stack.length > 0) path.pop();
  };

  try {
    visit(
      body,
      {
        onObjectBegin: (_offset, _length, line, character) =>
          open({ kind: 'object', value: {}, seen: new Set(), key: undefined }, line, character),
        onObjectEnd: () => close(),
        onArrayBegin: (_offset, _length, line, character) => open({ kind: 'array', value: [] }, line, character),
        onArrayEnd: () => close(),
        onObjectProperty: (property, _offset, _length, line, character) => {
          const parent = stack[stack.length - 1];
          if (!parent || parent.kind !== 'object') return;
          if (FORBIDDEN_KEYS.has(property)) {
            const where = [...path, property];
            throw new Stop(
              issueAt(
                'json.forbidden_key',
                where,
                line,
                character,
                `不允许使用字段名“${property}”（位置 ${formatPath(where)}）：它可能被用来篡改程序中的对象`,
                `the key "${property}" is not allowed (at ${formatPath(where)}): it could tamper with objects in the program`,
              ),
            );
          }
          if (parent.seen.has(property)) {
            const where = [...path, property];
            throw new Stop(
              issueAt(
                'json.duplicate_key',
                where,
                line,
                character,
                `字段“${property}”在同一对象中重复出现（位置 ${formatPath(where)}），无法确定以哪一个为准`,
                `the key "${property}" appears twice in one object (at ${formatPath(where)}); which one counts is unclear`,
              ),
            );
          }
          parent.seen.add(property);
          parent.key = property;
        },
        onLiteralValue: (value: unknown, _offset, _length, line, character) => {
          if (typeof value === 'number' && !Number.isFinite(value)) {
            const where = valuePath();
            throw new Stop(
              issueAt(
                'json.number_out_of_range',
                where,
                line,
                character,
                `数字过大，无法表示（位置 ${formatPath(where)}）`,
                `a number too large to represent (at ${formatPath(where)})`,
              ),
            );
          }
          place(value);
        },
        onError: (error, offset, _length, line, character) => {
          const m = syntaxMessage(error, body.codePointAt(offset));
          throw new Stop(
            issueAt(
              'json.syntax',
              valuePath(),
              line,
              character,
              `JSON 语法错误：第 ${line + 1} 行第 ${character + 1} 列，${m.zh}`,
              `JSON syntax error at line ${line + 1}, column ${character + 1}: ${m.en}`,
            ),
          );
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (e instanceof Stop) return { ok: false, issue: e.issue };
    throw e;
  }
  if (!hasRoot) {
    return {
      ok: false,
      issue: issueAt('json.syntax', [], 0, 0, 'JSON 语法错误：内容为空', 'JSON syntax error: the document is empty'),
    };
  }
  return { ok: true, value: root };
}
