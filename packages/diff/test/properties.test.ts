import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRubric, type Rubric } from '@rubricate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRubrics, listChanges } from '../src/index.js';

const FIXTURES = fileURLToPath(new URL('../../../docs/fixtures/', import.meta.url));

interface Fixture {
  name: string;
  rubric: Rubric;
  cohort: unknown[];
}

/** Every rubric fixture with its cohort. */
const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
  .map((f) => {
    const checked = validateRubric(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
    if (!checked.ok) throw new Error(`${f} is invalid`);
    const cohortFile = join(FIXTURES, f.replace(/\.json$/, '.cohort.json'));
    return { name: f, rubric: checked.rubric, cohort: JSON.parse(readFileSync(cohortFile, 'utf8')) as unknown[] };
  });

type Path = (string | number)[];

/** Paths of every leaf under `root` that `pick` selects. */
function leaves(value: unknown, path: Path, pick: (key: string | number, v: unknown, path: Path) => boolean, out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], pick, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], pick, out);
  } else if (path.length > 0 && pick(path[path.length - 1]!, value, path)) out.push(path);
  return out;
}

function edit(rubric: Rubric, path: Path, change: (v: unknown) => unknown): Rubric {
  const copy = structuredClone(rubric) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = change(node[last]);
  return copy as unknown as Rubric;
}

/** Label, description, quote and assumption text: words shown to people. */
const isWording = (key: string | number, v: unknown, path: Path): boolean =>
  typeof v === 'string' &&
  (key === 'zh' || key === 'en' || key === 'quote') &&
  path[0] !== 'changelog' && // release notes are not compared at all
  !path.includes('conditions') &&
  !path.includes('when');

/** Cases are picked by index, so a failure prints a short counterexample. */
function caseOf<T extends { f: Fixture; path: Path }>(cases: readonly T[]) {
  return fc.integer({ min: 0, max: cases.length - 1 }).map((i) => cases[i]!, (c) => cases.indexOf(c as T));
}

/** Numbers inside scoring rules (not fact declarations, whose ranges may widen). */
const SCORING = new Set(['sections', 'adjustments', 'adjustmentGroups', 'levels', 'gates', 'quotas', 'ranks', 'outcomes', 'history', 'scale']);
const isScoringNumber = (_key: string | number, v: unknown, path: Path): boolean => typeof v === 'number' && SCORING.has(String(path[0]));

describe('properties over every fixture', { timeout: 60_000 }, () => {
  it('a rubric compared with itself has no change', () => {
    for (const f of fixtures) expect(diffRubrics(f.rubric, structuredClone(f.rubric)), f.name).toEqual({ bump: 'none', changes: [] });
  });

  it('rewording any text is a patch, and no subject of the cohort changes', () => {
    const cases = fixtures.flatMap((f) => leaves(f.rubric, [], isWording).map((path) => ({ f, path })));
    expect(cases.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(caseOf(cases), fc.string({ minLength: 1, maxLength: 8 }), ({ f, path }, suffix) => {
        const reworded = edit(f.rubric, path, (v) => `${String(v)}${suffix}`);
        const diff = diffRubrics(f.rubric, reworded, { cohort: f.cohort });
        expect(diff.bump, `${f.name} ${path.join('.')}`).toBe('patch');
        expect(diff.cohort!.changedLevel).toEqual([]);
        expect(diff.cohort!.changedScore).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('changing any number of a scoring rule is major', () => {
    const cases = fixtures.flatMap((f) => leaves(f.rubric, [], isScoringNumber).map((path) => ({ f, path })));
    expect(cases.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(caseOf(cases), fc.integer({ min: 1, max: 5 }), ({ f, path }, delta) => {
        const changed = edit(f.rubric, path, (v) => (v as number) + delta);
        const changes = listChanges(f.rubric, changed);
        expect(changes.length, path.join('.')).toBeGreaterThan(0);
        expect(changes.every((c) => c.bump === 'major'), path.join('.')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('whenever the cohort shows a change, the rules alone already said major', () => {
    // Soundness of the static classification on real cohorts: pick a scoring number, move it, and
    // if any subject's score or level moved, the rule-based bump must be major without the cohort.
    const cases = fixtures.flatMap((f) => leaves(f.rubric, [], isScoringNumber).map((path) => ({ f, path })));
    fc.assert(
      fc.property(caseOf(cases), fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0), ({ f, path }, delta) => {
        const changed = edit(f.rubric, path, (v) => (v as number) + delta);
        if (!validateRubric(changed).ok) return; // only valid rubrics are compared
        const diff = diffRubrics(f.rubric, changed, { cohort: f.cohort });
        const moved = diff.cohort!.changedLevel.length + diff.cohort!.changedScore.length + diff.cohort!.changedStatus.length;
        if (moved > 0) expect(listChanges(f.rubric, changed).some((c) => c.bump === 'major'), path.join('.')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
