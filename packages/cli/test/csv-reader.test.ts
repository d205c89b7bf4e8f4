import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '@rubricate/core';
import { CliFailure } from '../src/io/failure.js';
import { readCsvSubjects } from '../src/subjects/csv.js';
import { fixture, miniRubric } from './helpers.js';

const rubric = (await miniRubric()) as unknown as Rubric;
const HEADER = 'id,category,org,rules,service,satisfaction,criticisms,commended,innovations,electionOverdue,absences';

function failure(run: () => unknown): CliFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof CliFailure) return error;
    throw error;
  }
  throw new Error('expected a CliFailure');
}

describe('readCsvSubjects', () => {
  it('turns each row into a subject, converting cells by fact type and leaving empty cells out', async () => {
    const text = await readFile(fixture('cohort.csv'), 'utf8');
    const { subjects, errors } = readCsvSubjects(text, rubric, 'cohort.csv');
    expect(errors).toEqual([]);
    expect(subjects).toHaveLength(10);
    expect(subjects[0]).toEqual({
      index: 0,
      row: 2,
      value: {
        id: 's01',
        category: 'rural',
        facts: { org: 38, rules: 28, service: 28.5, satisfaction: 95, commended: 'province', innovations: [], electionOverdue: false },
      },
    });
    expect(subjects[3]!.value).toMatchObject({ id: 's04', facts: { innovations: ['city', 'national'] } });
    expect(subjects[4]!.value).toMatchObject({ id: 's05', facts: { electionOverdue: true } });
  });

  it('names the row and column of every bad cell and keeps the good rows', async () => {
    const text = await readFile(fixture('cohort-errors.csv'), 'utf8');
    const { subjects, errors } = readCsvSubjects(text, rubric, 'cohort-errors.csv');
    expect(subjects.map((s) => (s.value as { id: string }).id)).toEqual(['e03', 'e04', 'ok1', 'ok2', 'e05']);
    expect(errors.map((e) => [e.id, e.row, e.column, e.code])).toEqual([
      ['e01', 2, 'satisfaction', 'csv.number'],
      ['e02', 3, 'electionOverdue', 'csv.boolean'],
      [null, 8, 'id', 'csv.id'],
    ]);
    expect(errors[0]!.path).toBe('facts.satisfaction');
    expect(errors[0]!.message.zh).toContain('“九十”不是数字');
  });

  it('reads a file with a byte-order mark already removed, Windows line ends and quoted cells', () => {
    const text = `${HEADER}\r\n"a,1",rural,1,2,3,50,,,"city|province",,\r\n`;
    const { subjects, errors } = readCsvSubjects(text, rubric, 'x.csv');
    expect(errors).toEqual([]);
    expect(subjects[0]!.value).toMatchObject({ id: 'a,1', facts: { org: 1, innovations: ['city', 'province'] } });
  });

  it('skips blank rows (Excel leaves them at the end) but keeps row numbers as Excel shows them', () => {
    const text = `${HEADER}\n,,,,,,,,,,\n\nb,,1,2,x,50,,,,,\n,,,,,,,,,,\n`;
    const { subjects, errors } = readCsvSubjects(text, rubric, 'x.csv');
    expect(subjects).toEqual([]);
    expect(errors).toMatchObject([{ id: 'b', row: 4, column: 'service' }]);
  });

  it('refuses an unknown column, naming it and the columns allowed', () => {
    const error = failure(() => readCsvSubjects('id,satisfation\na,1\n', rubric, 'x.csv'));
    expect(error.exitCode).toBe(2);
    expect(error.messages[0]!.zh).toContain('未知的列“satisfation”');
    expect(error.messages[0]!.en).toContain('unknown column "satisfation"');
    expect(error.messages[0]!.en).toContain('satisfaction');
  });

  it('refuses a file without an id column, a repeated column, an empty file', () => {
    expect(failure(() => readCsvSubjects('org,rules\n1,2\n', rubric, 'x.csv')).messages[0]!.en).toContain('no id column');
    expect(failure(() => readCsvSubjects('id,org,org\na,1,2\n', rubric, 'x.csv')).messages[0]!.en).toContain('"org" appears more than once');
    expect(failure(() => readCsvSubjects('', rubric, 'x.csv')).messages[0]!.en).toContain('is empty');
  });

  it('ignores an empty trailing header column only while it holds nothing', () => {
    expect(readCsvSubjects('id,org,\na,1,\n', rubric, 'x.csv').subjects).toHaveLength(1);
    expect(failure(() => readCsvSubjects('id,org,\na,1,5\n', rubric, 'x.csv')).messages[0]!.en).toContain('header column 3 has no name');
  });

  it('reports a row with more cells than the header', () => {
    const { errors } = readCsvSubjects('id,org\na,1,2\n', rubric, 'x.csv');
    expect(errors).toMatchObject([{ id: 'a', row: 2, code: 'csv.width' }]);
  });

  it('reports a broken quote with its row', () => {
    const error = failure(() => readCsvSubjects('id,org\n"a,1\n', rubric, 'x.csv'));
    expect(error.messages[0]!.en).toMatch(/^row \d+ cannot be read/);
  });

  it('uses a tab as the delimiter for .tsv files', () => {
    const { subjects } = readCsvSubjects('id\torg\na\t1.5\n', rubric, 'x.tsv');
    expect(subjects[0]!.value).toEqual({ id: 'a', facts: { org: 1.5 } });
  });
});

describe('readCsvSubjects: columns named as in an office sheet', () => {
  it('accepts 编号/类别 and facts named by their Chinese or English label, and reports errors under those names', () => {
    const text = '编号,类别,组织健全得分,Rules points,群众满意率（%）,未按期换届\nA,rural,30,20,八十,否\n';
    const { subjects, errors, columns } = readCsvSubjects(text, rubric, 'x.csv');
    expect(subjects).toEqual([]);
    expect(errors).toMatchObject([{ id: 'A', row: 2, column: '群众满意率（%）', path: 'facts.satisfaction' }]);
    expect(columns).toMatchObject({ id: '编号', category: '类别', 'facts.org': '组织健全得分', 'facts.rules': 'Rules points' });
    const ok = readCsvSubjects('编号,类别,组织健全得分,未按期换届\nA,rural,30,是\n', rubric, 'x.csv');
    expect(ok.subjects[0]!.value).toEqual({ id: 'A', category: 'rural', facts: { org: 30, electionOverdue: true } });
  });

  it('refuses two columns for one fact, and a label two facts share', () => {
    expect(failure(() => readCsvSubjects('id,org,组织健全得分\n', rubric, 'x.csv')).messages[0]!.zh).toBe(
      '列“org”和“组织健全得分”对应同一项',
    );
    const shared = structuredClone(rubric);
    shared.facts[1]!.label = { zh: '组织健全得分' };
    expect(failure(() => readCsvSubjects('id,组织健全得分\n', shared, 'x.csv')).messages[0]!.en).toContain('more than one fact');
  });
});
