import { validateRubric, type Rubric } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { sampleSubjects, tableToSubjects } from '../src/engine/subjects';
import { sampleRubric } from '../src/stories/sampleRubric';

const v = validateRubric(sampleRubric);
if (!v.ok) throw new Error(JSON.stringify(v.issues));
const rubric: Rubric = v.rubric;

describe('importing a cohort table', () => {
  it('reads facts by id or Chinese label and converts them to their types', () => {
    const r = tableToSubjects(
      [
        ['id', 'category', 'a1', '制度落实', 'criticisms', 'satisfaction', '受表彰'],
        ['S1', 'rural', '45.5', 40, '1', '0.9', '市级、province'],
        ['S2', '', '30', '30', '', '', ''],
      ],
      rubric,
    );
    expect(r.problems).toEqual([]);
    expect(r.subjects).toEqual([
      { id: 'S1', category: 'rural', facts: { a1: 45.5, a2: 40, criticisms: 1, satisfaction: 0.9, commendations: ['city', 'province'] } },
      { id: 'S2', facts: { a1: 30, a2: 30 } },
    ]);
  });

  it('reports bad cells, unknown columns, missing and duplicate ids with row and column', () => {
    const r = tableToSubjects(
      [
        ['id', 'a1', 'a2', 'mystery'],
        ['S1', 'abc', '1', 'x'],
        ['', '1', '1', ''],
        ['S1', '2', '2', ''],
        ['S3', '3', '3', ''],
      ],
      rubric,
    );
    expect(r.subjects.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(r.subjects[0]!.facts).toEqual({ a2: 1 });
    const where = r.problems.map((p) => `${p.severity}@${p.row}:${p.column}`);
    expect(where).toEqual(['warning@1:mystery', 'error@2:a1', 'error@3:id', 'error@4:id']);
    expect(r.problems[1]!.message.zh).toContain('不是数字');
    expect(r.problems[1]!.message.en).toContain('not a number');
  });

  it('refuses a table without an id column', () => {
    const r = tableToSubjects([['a1'], ['1']], rubric);
    expect(r.subjects).toEqual([]);
    expect(r.problems[0]!.message.en).toContain('"id"');
  });
});

describe('sample cohorts', () => {
  it('are deterministic and fit the declared facts', () => {
    const a = sampleSubjects(rubric, 50, 7);
    expect(sampleSubjects(rubric, 50, 7)).toEqual(a);
    for (const s of a) {
      expect(s.facts.a1).toBeGreaterThanOrEqual(0);
      expect(s.facts.a1).toBeLessThanOrEqual(50);
      expect(((s.facts.a1 as number) * 2) % 1).toBe(0);
      expect(['rural', 'organ']).toContain(s.category);
    }
  });
});
