import { validateRubric } from '@rubricate/core';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tableToSubjects, type Cell } from '../src/engine/subjects';
import { sampleRubric } from '../src/stories/sampleRubric';

describe('Excel cohorts', () => {
  it('an .xlsx written by the export reads back into the same subjects', async () => {
    const v = validateRubric(sampleRubric);
    if (!v.ok) throw new Error('sample rubric invalid');
    const rows = [
      ['id', 'category', 'a1', 'a2', 'criticisms', '受表彰'].map((value) => ({ value })),
      [{ value: '支部-01' }, { value: 'rural' }, { value: 45.5 }, { value: 40 }, { value: 2 }, { value: '省级' }],
      [{ value: '支部-02' }, { value: 'organ' }, { value: 30 }, { value: 29.5 }, { value: 0 }, { value: '' }],
    ];
    const buffer = await writeXlsxFile(rows).toBuffer();
    const table = (await readSheet(buffer)) as Cell[][];
    const r = tableToSubjects(table, v.rubric);
    expect(r.problems).toEqual([]);
    expect(r.subjects).toEqual([
      { id: '支部-01', category: 'rural', facts: { a1: 45.5, a2: 40, criticisms: 2, commendations: ['province'] } },
      { id: '支部-02', category: 'organ', facts: { a1: 30, a2: 29.5, criticisms: 0 } },
    ]);
  });
});
