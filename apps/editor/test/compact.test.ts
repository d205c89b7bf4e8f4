import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCohortRescorer, evaluateCohort, explainSubject, prepareRubric, validateRubric } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { scoreCompact } from '../src/engine/compact';
import { positionOf } from '../src/engine/order';
import { reasonsOf, rowAt } from '../src/workers/protocol';

const dir = join(__dirname, '../../../docs/fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.cohort.json'))
  .map((f) => f.replace(/\.cohort\.json$/, ''));
const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));

describe('compact cohort scoring (what the worker runs after each edit)', () => {
  it.each(names)('gives %s the rows, reports and reasons of the full evaluation', (name) => {
    const v = validateRubric(read(`${name}.json`));
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const prepared = prepareRubric(v.rubric);
    const good = read(`${name}.cohort.json`) as unknown[];
    // only some fixtures have bad subjects
    const bad = existsSync(join(dir, `${name}.bad-subjects.json`)) ? (read(`${name}.bad-subjects.json`) as unknown[]) : [];
    // reversed, with a duplicate id and the bad subjects mixed in: order must not matter
    const subjects = [...bad, ...good].reverse().concat(good.slice(0, 1));
    const full = evaluateCohort(prepared, subjects);
    const rescore = createCohortRescorer(subjects);
    // the second scoring reuses the subjects checked by the first
    scoreCompact(rescore, prepared);
    const c = scoreCompact(rescore, prepared);

    expect(c.decisions.errors).toEqual(full.errors);
    expect(c.decisions.distribution).toEqual(full.distribution);
    expect(c.decisions.quotas).toEqual(full.quotas);
    expect(c.decisions.ranks).toEqual(full.ranks);
    const rows = c.columns.ids.map((_, k) => rowAt(c.columns, k));
    expect(rows).toEqual(
      full.results.map((r) => ({ id: r.id, ...(r.category ? { category: r.category } : {}), score: r.score, level: r.level, levelBeforeQuota: r.levelBeforeQuota })),
    );
    for (const r of full.results) {
      // the worker finds a row by binary search on the id-ordered columns
      const k = positionOf(c.columns.ids, r.id);
      expect(k).toBeGreaterThanOrEqual(0);
      const index = c.columns.index[k] as number;
      expect(subjects[index]).toMatchObject({ id: r.id });
      const explained = explainSubject(prepared, subjects[index], c.decisions, index);
      expect(explained).toEqual(r);
      expect(reasonsOf(explained!)).toEqual(reasonsOf(r));
    }
  });
});

describe('finding an id in code point order', () => {
  it('finds every id, and none that is absent, including ids beyond U+FFFF', () => {
    // code point order: U+FF5E sorts before U+1F600, unlike UTF-16 unit order
    const ids = ['A-1', 'A-10', 'A-2', 'B', '党支部', '～', '😀'];
    ids.forEach((id, k) => expect(positionOf(ids, id)).toBe(k));
    expect(positionOf(ids, 'A-3')).toBe(-1);
    expect(positionOf([], 'x')).toBe(-1);
  });
});
