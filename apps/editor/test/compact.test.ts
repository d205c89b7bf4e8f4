import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCohort, explainSubject, prepareRubric, validateRubric } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { scoreCompact } from '../src/engine/compact';
import { reasonsOf, rowAt, type CohortSummary } from '../src/workers/protocol';

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
    const c = scoreCompact(prepared, subjects);

    expect(c.decisions.errors).toEqual(full.errors);
    expect(c.decisions.distribution).toEqual(full.distribution);
    expect(c.decisions.quotas).toEqual(full.quotas);
    expect(c.decisions.ranks).toEqual(full.ranks);
    const rows = c.columns.ids.map((_, k) => rowAt(c.columns as CohortSummary, k));
    expect(rows).toEqual(
      full.results.map((r) => ({ id: r.id, ...(r.category ? { category: r.category } : {}), score: r.score, level: r.level, levelBeforeQuota: r.levelBeforeQuota })),
    );
    for (const r of full.results) {
      const index = c.indexOf.get(r.id);
      expect(index).toBeDefined();
      const explained = explainSubject(prepared, subjects[index as number], c.decisions, index);
      expect(explained).toEqual(r);
      expect(reasonsOf(explained!)).toEqual(reasonsOf(r));
    }
  });
});
