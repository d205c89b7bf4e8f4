import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintRubric } from '../../src/lint/index.js';
import { formatIssue, validateRubric } from '../../src/validate/index.js';
import { baseRubric } from './base-rubric.js';

/** Every [path, value] of a JSON document, containers included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaced(doc: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const base = baseRubric();
const allPaths = paths(base);

function checkAll(input: unknown): void {
  const v = validateRubric(input);
  for (const issue of [...v.issues, ...(v.ok ? lintRubric(v.rubric) : [])]) {
    expect(issue.message.zh.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(formatIssue(issue, 'zh')).not.toContain('\n');
  }
}

describe('untrusted input never makes validation or lint throw', () => {
  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => checkAll(value)));
  });

  it('the base rubric with one value replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.jsonValue({ maxDepth: 3 }), (path, value) => checkAll(replaced(base, path, value))),
      { numRuns: 300 },
    );
  }, 120_000);

  it('the base rubric with one value replaced by a plausible one (ids, numbers, empty lists)', () => {
    const plausible = fc.oneof(
      fc.constantFrom('five', 'four', 'none', 'rural', 'self', 'satisfaction', 'members', 'honours', 'lowSatisfaction', 'x'),
      fc.constantFrom(0, -1, 0.5, 0.25, 1, 10, 100, 1e9, -100),
      fc.constant([]),
      fc.constant({}),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), plausible, (path, value) => checkAll(replaced(base, path, value))),
      { numRuns: 600 },
    );
  }, 120_000);
});
