import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricIds } from '../../scripts/fixtures.js';
import { FIXTURES } from '../../scripts/paths.js';
import { rubricPages } from '../../scripts/rubric-pages.js';

describe('rubric pages', () => {
  it('get one page per fixture rubric, plus the index', () => {
    const pages = rubricPages();
    const ids = rubricIds();
    expect(ids).toContain('anyang-2017-star-rating');
    expect([...pages.keys()].sort()).toEqual(['index.md', ...ids.map((id) => `${id}.md`)].sort());
    for (const id of ids) expect(pages.get('index.md')).toContain(`](./${id})`);
  });

  it('render the table, examples and cohort chart from the fixture files', () => {
    const page = rubricPages().get('anyang-2017-star-rating.md')!;
    expect(page).toContain("import rubric from '../fixtures/anyang-2017-star-rating.json'");
    expect(page).toContain("import examples from '../fixtures/anyang-2017-star-rating.examples.json'");
    expect(page).toContain("import cohort from '../fixtures/anyang-2017-star-rating.cohort.json'");
    for (const tag of ['<ScoringTable :rubric="rubric" />', '<AssumptionList :rubric="rubric" />', '<WorkedExamples :rubric="rubric" :examples="examples" />', '<CohortChart :rubric="rubric" :subjects="cohort" />']) {
      expect(page).toContain(tag);
    }
  });

  it('leave out the examples and chart when a fixture has no such files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-pages-'));
    copyFileSync(resolve(FIXTURES, 'anyang-2017-star-rating.json'), join(dir, 'anyang-2017-star-rating.json'));
    const page = rubricPages(dir).get('anyang-2017-star-rating.md')!;
    expect(page).toContain('<ScoringTable');
    expect(page).not.toContain('WorkedExamples');
    expect(page).not.toContain('CohortChart');
  });

  it('refuse a fixture that does not validate, naming the file and the place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-pages-'));
    const rubric = JSON.parse(readFileSync(resolve(FIXTURES, 'anyang-2017-star-rating.json'), 'utf8'));
    rubric.sections[0].indicators[0].points.fact = 'nope';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(rubric));
    expect(() => rubricPages(dir)).toThrow(/broken\.json:[\s\S]*sections\[0\]\.indicators\[0\]\.points\.fact/);
  });

  it('escape a title so that it cannot inject markup into the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-pages-'));
    const rubric = JSON.parse(readFileSync(resolve(FIXTURES, 'anyang-2017-star-rating.json'), 'utf8'));
    rubric.title.zh = '评分<script>{{ alert(1) }}</script>';
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ ...rubric, id: 'x' }));
    const page = rubricPages(dir).get('x.md')!;
    const heading = page.split('\n').find((l) => l.startsWith('# '))!;
    expect(heading).not.toMatch(/[<>{}]/);
  });
});
