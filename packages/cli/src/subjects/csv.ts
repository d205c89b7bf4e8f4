import Papa from 'papaparse';
import type { FactDeclaration, Rubric } from '@rubricate/core';
import { say, sayText } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode } from '../io/types.js';
import { cellToFact } from './csv-cell.js';
import { MAX_SUBJECTS, type InputSubject, type LoadedSubjects, type ReportedError } from './types.js';

const ID = 'id';
const CATEGORY = 'category';

/** A column of the header: what it holds, by position. */
type Column = { kind: 'id' } | { kind: 'category' } | { kind: 'fact'; fact: FactDeclaration } | { kind: 'ignored' };

function fail(...messages: ReturnType<typeof say>[]): never {
  throw new CliFailure(ExitCode.usage, messages);
}

/** Maps the header to columns; an unknown, duplicated or asynchronous column makes the file unusable. */
function readHeader(header: string[], rows: string[][], rubric: Rubric, path: string): Column[] {
  const facts = new Map(rubric.facts.map((f) => [f.id, f]));
  const seen = new Set<string>();
  const columns = header.map((raw, position): Column => {
    const name = raw.trim();
    if (name === '') {
      // Excel often saves a trailing empty column; it is harmless only if it holds nothing.
      if (rows.some((r) => (r[position] ?? '').trim() !== '')) fail(say('csvEmptyHeader', position + 1));
      return { kind: 'ignored' };
    }
    if (seen.has(name)) fail(say('csvDuplicateColumn', name));
    seen.add(name);
    if (name === ID) return { kind: 'id' };
    if (name === CATEGORY) return { kind: 'category' };
    const fact = facts.get(name);
    if (fact === undefined) {
      const known = rubric.facts.filter((f) => f.source !== 'async').map((f) => f.id).join('、');
      fail(say('csvUnknownColumn', name, known));
    }
    if (fact.source === 'async') fail(say('csvAsyncColumn', name));
    return { kind: 'fact', fact };
  });
  if (!seen.has(ID)) fail(say('csvNoIdColumn', path));
  return columns;
}

/** Row number as a spreadsheet shows it: the header is row 1. */
const rowNumber = (dataIndex: number) => dataIndex + 2;

/**
 * Reads a CSV cohort: one row per subject, an `id` column, an optional `category` column and one
 * column per fact, converted by the fact's type (see `cellToFact`). A row with a bad cell becomes an
 * error naming its row and column; the others are returned to be scored. Blank rows are skipped.
 * The delimiter is a comma (a tab for `.tsv` files).
 */
export function readCsvSubjects(text: string, rubric: Rubric, path: string): LoadedSubjects {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: /\.tsv$/i.test(path) ? '\t' : ',',
    skipEmptyLines: false,
  });
  const firstError = parsed.errors[0];
  if (firstError !== undefined) {
    fail(say('csvParse', (firstError.row ?? 0) + 1, firstError.message));
  }
  const [header, ...rows] = parsed.data;
  if (header === undefined || header.every((cell) => cell.trim() === '')) fail(say('csvEmpty', path));
  if (rows.length > MAX_SUBJECTS) fail(say('subjectsTooMany', path, MAX_SUBJECTS));
  const columns = readHeader(header, rows, rubric, path);

  const subjects: InputSubject[] = [];
  const errors: ReportedError[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = rowNumber(index);
    const idColumn = columns.findIndex((c) => c.kind === 'id');
    const id = (cells[idColumn] ?? '').trim();
    const rowErrors: ReportedError[] = [];
    const at = { id: id === '' ? null : id, index, row };
    if (id === '') rowErrors.push({ ...at, path: ID, column: ID, code: 'csv.id', message: sayText('csvEmptyId') });
    if (cells.length > header.length) {
      rowErrors.push({ ...at, path: '', code: 'csv.width', message: say('csvRowWidth', header.length, cells.length) });
    }
    const subject: { id: string; category?: string; facts: Record<string, unknown> } = { id, facts: {} };
    columns.forEach((column, position) => {
      const cell = cells[position] ?? '';
      if (column.kind === 'category') {
        if (cell.trim() !== '') subject.category = cell.trim();
      } else if (column.kind === 'fact') {
        const value = cellToFact(cell, column.fact);
        if (!value.ok) {
          const name = column.fact.id;
          rowErrors.push({ ...at, path: `facts.${name}`, column: name, code: value.code, message: value.message });
        } else if (!value.absent) subject.facts[column.fact.id] = value.value;
      }
    });
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else subjects.push({ value: subject, index, row });
  });
  return { subjects, errors };
}
