import Papa from 'papaparse';
import type { FactDeclaration, Rubric } from '@rubricate/core';
import { say, sayText } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ExitCode } from '../io/types.js';
import { ABSENT, CellFailure, cellValue } from './csv-cell.js';
import { MAX_SUBJECTS, type InputSubject, type LoadedSubjects, type ReportedError } from './types.js';

/** Header names of the id and category columns; the Chinese ones are what an office sheet has. */
const ID_HEADERS = new Set(['id', '编号']);
const CATEGORY_HEADERS = new Set(['category', '类别']);

/** A column of the header: what it holds, by position, and its name as written in the file. */
export type Column = { header: string } & ({ kind: 'id' } | { kind: 'category' } | { kind: 'fact'; fact: FactDeclaration } | { kind: 'ignored' });

function fail(...messages: ReturnType<typeof say>[]): never {
  throw new CliFailure(ExitCode.usage, messages);
}

/** Facts by their Chinese and English labels; a label two facts share names neither. */
function factsByLabel(facts: readonly FactDeclaration[]): Map<string, FactDeclaration | null> {
  const byLabel = new Map<string, FactDeclaration | null>();
  for (const fact of facts) {
    for (const label of new Set([fact.label.zh.trim(), fact.label.en?.trim()])) {
      if (label === undefined || label === '') continue;
      byLabel.set(label, byLabel.has(label) ? null : fact);
    }
  }
  return byLabel;
}

/**
 * Maps the header to columns. A column is named by the fact's id or, as office sheets are, by its
 * Chinese (or English) label; `id`/`编号` and `category`/`类别` are the subject's own columns. An
 * unknown, ambiguous, repeated or asynchronous column makes the file unusable.
 */
export function readHeader(header: string[], rows: readonly string[][] | null, rubric: Rubric, path: string): Column[] {
  const facts = new Map(rubric.facts.map((f) => [f.id, f]));
  const labels = factsByLabel(rubric.facts);
  const seen = new Map<string, string>();
  const claim = (target: string, name: string) => {
    const earlier = seen.get(target);
    if (earlier === name) fail(say('csvDuplicateColumn', name));
    if (earlier !== undefined) fail(say('csvSameColumn', earlier, name));
    seen.set(target, name);
  };
  const columns = header.map((raw, position): Column => {
    const name = raw.trim();
    if (name === '') {
      // Excel often saves a trailing empty column; it is harmless only if it holds nothing.
      // Without the rows (a file read as a stream), each row is checked as it comes (csvRowReader).
      if (rows?.some((r) => (r[position] ?? '').trim() !== '')) fail(say('csvEmptyHeader', position + 1));
      return { kind: 'ignored', header: name };
    }
    if (ID_HEADERS.has(name)) {
      claim('\0id', name);
      return { kind: 'id', header: name };
    }
    if (CATEGORY_HEADERS.has(name)) {
      claim('\0category', name);
      return { kind: 'category', header: name };
    }
    const labelled = labels.get(name);
    if (!facts.has(name) && labelled === null) fail(say('csvAmbiguousColumn', name));
    const fact = facts.get(name) ?? labelled ?? undefined;
    if (fact === undefined) {
      const known = rubric.facts.filter((f) => f.source !== 'async').map((f) => f.id).join('、');
      fail(say('csvUnknownColumn', name, known));
    }
    if (fact.source === 'async') fail(say('csvAsyncColumn', name));
    claim(fact.id, name);
    return { kind: 'fact', fact, header: name };
  });
  if (!seen.has('\0id')) fail(say('csvNoIdColumn', path));
  return columns;
}

/** Row number as a spreadsheet shows it: the header is row 1. */
const rowNumber = (dataIndex: number) => dataIndex + 2;

/**
 * Reads a CSV cohort: one row per subject, an `id` column, an optional `category` column and one
 * column per fact (see `readHeader`), converted by the fact's type (see `cellValue`). A row with a bad cell becomes an
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
  // Blank rows (a file's last line break, Excel's trailing rows) are not subjects.
  if (rows.length > MAX_SUBJECTS && rows.filter((r) => !r.every((cell) => cell.trim() === '')).length > MAX_SUBJECTS) {
    fail(say('subjectsTooMany', path, MAX_SUBJECTS));
  }
  const reader = csvRowReader(readHeader(header, rows, rubric, path));
  const subjects: InputSubject[] = [];
  const errors: ReportedError[] = [];
  rows.forEach((cells, index) => {
    const r = reader.read(cells, index);
    if (r === null) return;
    if (Array.isArray(r)) errors.push(...r);
    else subjects.push(r);
  });
  const headers = reader.headers;
  return { subjects, errors, columns: headers };
}

/** Turns data rows into subjects, one at a time (whole files and streams alike). */
export interface CsvRowReader {
  /** The column header, as written in the file, of each subject path (`facts.x`, `id`, `category`). */
  headers: Record<string, string>;
  /** A subject, the row's errors, or null for a blank row. `index` is the 0-based data row. */
  read(cells: string[], index: number): InputSubject | ReportedError[] | null;
}

export function csvRowReader(columns: Column[]): CsvRowReader {
  const width = columns.length;
  const idColumn = columns.findIndex((c) => c.kind === 'id');
  const ignored = columns.flatMap((c, position) => (c.kind === 'ignored' ? [position] : []));
  const categoryColumn = columns.findIndex((c) => c.kind === 'category');
  /** The fact each column holds, by position (undefined for the id, category and ignored columns). */
  const factAt = columns.map((c) => (c.kind === 'fact' ? c.fact : undefined));
  const headers: Record<string, string> = {};
  for (const column of columns) {
    if (column.kind === 'fact') headers[`facts.${column.fact.id}`] = column.header;
    else if (column.kind === 'id' || column.kind === 'category') headers[column.kind] = column.header;
  }
  return {
    headers,
    read(cells, index) {
      if (blankRow(cells)) return null;
      for (const position of ignored) if ((cells[position] ?? '').trim() !== '') fail(say('csvEmptyHeader', position + 1));
      const row = rowNumber(index);
      const id = (cells[idColumn] ?? '').trim();
      let rowErrors: ReportedError[] | undefined;
      // Built only for an error: most rows have none.
      const at = () => ({ id: id === '' ? null : id, index, row });
      if (id === '') (rowErrors ??= []).push({ ...at(), path: 'id', column: columns[idColumn]!.header, code: 'csv.id', message: sayText('csvEmptyId') });
      if (cells.length > width) {
        (rowErrors ??= []).push({ ...at(), path: '', code: 'csv.width', message: say('csvRowWidth', width, cells.length) });
      }
      const facts: Record<string, unknown> = {};
      const subject: { id: string; category?: string; facts: Record<string, unknown> } = { id, facts };
      for (let position = 0; position < width; position++) {
        const fact = factAt[position];
        const cell = cells[position] ?? '';
        if (fact !== undefined) {
          const value = cellValue(cell, fact);
          if (value === ABSENT) continue;
          if (value instanceof CellFailure) {
            const column = columns[position] as Column;
            (rowErrors ??= []).push({ ...at(), path: `facts.${fact.id}`, column: column.header, code: value.code, message: value.message });
          } else facts[fact.id] = value;
        } else if (position === categoryColumn && cell.trim() !== '') subject.category = cell.trim();
      }
      return rowErrors !== undefined ? rowErrors : { value: subject, index, row };
    },
  };
}

/** Whether every cell of a row is blank (Excel leaves such rows at the end of a sheet). */
function blankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}
