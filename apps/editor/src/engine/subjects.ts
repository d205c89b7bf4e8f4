import type { FactDeclaration, Rubric } from '@rubricate/core';

/** A cell as read from CSV (text) or Excel (typed). */
export type Cell = string | number | boolean | Date | null | undefined;

/** A problem with one cell of an imported table: 1-based row (the header is row 1) and the column. */
export interface ImportProblem {
  row: number;
  column: string;
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
}

export interface ImportedSubject {
  id: string;
  category?: string;
  facts: Record<string, unknown>;
}

export interface ImportResult {
  subjects: ImportedSubject[];
  problems: ImportProblem[];
}

const TRUE = new Set(['true', '1', '是', 'yes', 'y', '有', '√']);
const FALSE = new Set(['false', '0', '否', 'no', 'n', '无', '×']);
export const MAX_ROWS = 200_000;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function optionId(fact: Extract<FactDeclaration, { type: 'enum' | 'enumList' }>, raw: string): string | undefined {
  return fact.options.find((o) => o.id === raw || o.label.zh === raw || o.label.en === raw)?.id;
}

type Converted = { ok: true; value: unknown } | { ok: false; zh: string; en: string };

/** Convert one cell to the fact's type; the core then checks ranges, steps and options. */
function convert(fact: FactDeclaration, cell: Cell): Converted {
  const raw = text(cell);
  switch (fact.type) {
    case 'number':
    case 'integer': {
      const n = typeof cell === 'number' ? cell : Number(raw.replace(/,/g, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, zh: `“${raw}”不是数字`, en: `"${raw}" is not a number` };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const k = raw.toLowerCase();
      if (TRUE.has(k)) return { ok: true, value: true };
      if (FALSE.has(k)) return { ok: true, value: false };
      return { ok: false, zh: `“${raw}”不是“是/否”`, en: `"${raw}" is not yes/no` };
    }
    case 'enum': {
      const id = optionId(fact, raw);
      return id ? { ok: true, value: id } : { ok: false, zh: `“${raw}”不是可选项`, en: `"${raw}" is not one of the options` };
    }
    case 'enumList': {
      const parts = raw.split(/[;；、|]/).map((s) => s.trim()).filter(Boolean);
      const ids: string[] = [];
      for (const p of parts) {
        const id = optionId(fact, p);
        if (!id) return { ok: false, zh: `“${p}”不是可选项`, en: `"${p}" is not one of the options` };
        ids.push(id);
      }
      return { ok: true, value: ids };
    }
    case 'string':
      return { ok: true, value: raw };
  }
}

/**
 * Turn a table (first row: column names) into subjects. Columns are `id`, optional `category`,
 * and one per fact, named by the fact's id or its Chinese or English label. An empty cell leaves
 * the fact out (its default applies, or the core reports it missing). Nothing is dropped silently:
 * unknown columns, bad cells and rows without an id are reported with their row and column.
 */
export function tableToSubjects(rows: Cell[][], rubric: Rubric): ImportResult {
  const problems: ImportProblem[] = [];
  const subjects: ImportedSubject[] = [];
  const header = (rows[0] ?? []).map(text);
  const byName = new Map<string, FactDeclaration>();
  for (const f of rubric.facts) {
    byName.set(f.id, f);
    byName.set(f.label.zh, f);
    if (f.label.en) byName.set(f.label.en, f);
  }
  const idCol = header.findIndex((h) => h === 'id' || h === '编号' || h === '名称');
  const catCol = header.findIndex((h) => h === 'category' || h === '类别');
  if (idCol < 0) {
    problems.push({ row: 1, column: '', severity: 'error', message: { zh: '缺少“id”列', en: 'missing the "id" column' } });
    return { subjects, problems };
  }
  header.forEach((h, c) => {
    if (c !== idCol && c !== catCol && h && !byName.has(h)) {
      problems.push({ row: 1, column: h, severity: 'warning', message: { zh: `列“${h}”不是已声明的录入事项，已忽略`, en: `column "${h}" is not a declared fact and was ignored` } });
    }
  });
  if (rows.length - 1 > MAX_ROWS) {
    problems.push({ row: MAX_ROWS + 2, column: '', severity: 'error', message: { zh: `超过 ${MAX_ROWS} 行，其余未导入`, en: `more than ${MAX_ROWS} rows; the rest were not imported` } });
  }
  const seen = new Set<string>();
  for (let r = 1; r < Math.min(rows.length, MAX_ROWS + 1); r += 1) {
    const row = rows[r] ?? [];
    if (row.every((c) => text(c) === '')) continue;
    const id = text(row[idCol]);
    if (!id) {
      problems.push({ row: r + 1, column: header[idCol] ?? 'id', severity: 'error', message: { zh: '缺少编号，该行未导入', en: 'no id; the row was not imported' } });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ row: r + 1, column: header[idCol] ?? 'id', severity: 'error', message: { zh: `编号“${id}”重复，该行未导入`, en: `duplicate id "${id}"; the row was not imported` } });
      continue;
    }
    seen.add(id);
    const facts: Record<string, unknown> = {};
    header.forEach((h, c) => {
      const fact = byName.get(h);
      if (!fact || c === idCol || c === catCol || text(row[c]) === '') return;
      const v = convert(fact, row[c]);
      if (v.ok) facts[fact.id] = v.value;
      else problems.push({ row: r + 1, column: h, severity: 'error', message: { zh: `${id}：${v.zh}`, en: `${id}: ${v.en}` } });
    });
    const category = catCol >= 0 ? text(row[catCol]) : '';
    subjects.push({ id, ...(category ? { category } : {}), facts });
  }
  return { subjects, problems };
}

/** A small deterministic generator (mulberry32), so a sample cohort is the same every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` made-up subjects whose facts fit the declarations (ranges, steps, options), for trying
 * quotas and for timing a re-score of a large cohort. Deterministic for a given seed.
 */
export function sampleSubjects(rubric: Rubric, count: number, seed = 1): ImportedSubject[] {
  const rand = prng(seed);
  const out: ImportedSubject[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i += 1) {
    const facts: Record<string, unknown> = {};
    for (const f of rubric.facts) {
      if (f.source === 'async') continue;
      switch (f.type) {
        case 'number':
        case 'integer': {
          const lo = f.min ?? 0;
          const hi = f.max ?? lo + 10;
          const step = f.step ?? (f.type === 'integer' ? 1 : 0.1);
          // skewed towards the top of the range, as real ratings are
          const x = lo + (hi - lo) * (1 - rand() * rand());
          const n = Math.min(hi, Math.max(lo, Math.round(x / step) * step));
          facts[f.id] = Number(n.toFixed(6));
          if (f.type === 'integer' && lo === 0 && hi > 5) facts[f.id] = rand() < 0.85 ? 0 : Math.min(hi, Math.floor(rand() * 3));
          break;
        }
        case 'boolean':
          facts[f.id] = rand() < 0.1;
          break;
        case 'enum':
          facts[f.id] = f.options[Math.floor(rand() * f.options.length)]!.id;
          break;
        case 'enumList':
          facts[f.id] = rand() < 0.2 ? [f.options[Math.floor(rand() * f.options.length)]!.id] : [];
          break;
        case 'string':
          facts[f.id] = '';
          break;
      }
    }
    const cats = rubric.categories ?? [];
    const category = cats.length ? cats[Math.floor(rand() * cats.length)]!.id : undefined;
    out.push({ id: `S${String(i + 1).padStart(width, '0')}`, ...(category ? { category } : {}), facts });
  }
  return out;
}
