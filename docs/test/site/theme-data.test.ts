import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRubric, validateRubric, type Rubric } from '@rubricate/core';
import { chartData } from '../../.vitepress/theme/lib/cohort-chart.js';
import { checkExamples, type Example } from '../../.vitepress/theme/lib/examples.js';
import { rubricIds } from '../../scripts/fixtures.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures', name), 'utf8')) as T;

function load(id: string): { rubric: Rubric; prepared: ReturnType<typeof prepareRubric> } {
  const v = validateRubric(read(`${id}.json`));
  if (!v.ok) throw new Error(`${id} does not validate`);
  return { rubric: v.rubric, prepared: prepareRubric(v.rubric) };
}

/** What the rubric pages show, computed as the components compute it. */
describe('cohort chart data', () => {
  it('counts the Anyang sample by level before and after the quotas', () => {
    const { rubric, prepared } = load('anyang-2017-star-rating');
    const subjects = read<unknown[]>('anyang-2017-star-rating.cohort.json');
    const data = chartData(rubric, prepared, subjects);
    const n = data.cohort.results.length;
    expect(data.bars.map((b) => b.id)).toEqual(rubric.levels.map((l) => l.id));
    expect(data.bars.reduce((s, b) => s + b.before, 0)).toBe(n);
    expect(data.bars.reduce((s, b) => s + b.after, 0)).toBe(n);
    for (const row of data.cohort.distribution) expect(data.bars.find((b) => b.id === row.level)?.after).toBe(row.count);
    // The five-star cap is drawn from the library's own report.
    const cap = data.quotas.find((q) => q.kind === 'atMost')!;
    expect(cap.limit).toBe(Math.floor(n / 10));
    expect(data.bars[0]!.after).toBeLessThanOrEqual(cap.limit);
    expect(data.bars[0]!.before - data.bars[0]!.after).toBe(cap.moved.length);
    expect(cap.label).toBe(rubric.quotas!.find((q) => q.id === cap.id)!.label.zh);
  });

  it('puts the y axis on a whole step at or above the tallest bar', () => {
    for (const id of rubricIds()) {
      const { rubric, prepared } = load(id);
      const data = chartData(rubric, prepared, read<unknown[]>(`${id}.cohort.json`));
      const tallest = Math.max(...data.bars.flatMap((b) => [b.before, b.after]));
      expect(data.yMax).toBeGreaterThanOrEqual(tallest);
      expect(data.yMax % data.step).toBe(0);
      expect(data.yMax - tallest).toBeLessThan(data.step);
    }
  });

  it('adds a "no level" bar only when some subject has no level', () => {
    const { rubric, prepared } = load('anyang-2017-star-rating');
    const data = chartData(rubric, prepared, []);
    expect(data.bars.some((b) => b.id === null)).toBe(false);
    expect(data.bars.every((b) => b.before === 0 && b.after === 0)).toBe(true);
    expect(data.yMax).toBe(1);
  });
});

describe('worked examples', () => {
  it('every fixture example agrees with its hand working', () => {
    for (const id of rubricIds()) {
      const { prepared } = load(id);
      const rows = checkExamples(prepared, read<Example[]>(`${id}.examples.json`));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => !r.agrees).map((r) => `${id}: ${r.ex.name}`)).toEqual([]);
    }
  });

  it('reports a disagreement and a subject error instead of hiding them', () => {
    const { prepared } = load('anyang-2017-star-rating');
    const [first] = read<Example[]>('anyang-2017-star-rating.examples.json');
    const wrong = { ...first!, expected: { ...first!.expected, score: first!.expected.score + 1 } };
    const broken = { ...first!, subject: { ...first!.subject, facts: { ...first!.subject.facts, a1: 11 } } };
    const [a, b] = checkExamples(prepared, [wrong, broken]);
    expect(a!.agrees).toBe(false);
    expect(a!.result).toBeDefined();
    expect(b!.agrees).toBe(false);
    expect(b!.errors.map((e) => e.path)).toContain('facts.a1');
  });
});
