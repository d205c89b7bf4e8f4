/**
 * Checks on the fixture files that need only the rubric model (zod schemas), not the evaluator:
 * they fit the schema, every quote is verbatim from its source, every assumption exists, every rule
 * cites a clause or an assumption, the CSV cohorts equal the JSON ones, and the generated files are
 * exactly what the seeded generators write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Rubric, Subject } from '../../packages/core/src/schema/index.js';
import { GENERATED } from '../fixtures/scripts/cohorts.js';
import { FIXTURES, RUBRIC_IDS, readJson, readText, type WorkedExample } from './load.js';

interface Clause {
  ref: string;
  quote?: string;
}

/** Every object in the rubric that carries provenance, with its JSON path. */
function rulesOf(rubric: Rubric): { path: string; rule: { clause?: Clause; assumptions?: string[] } }[] {
  const out: { path: string; rule: { clause?: Clause; assumptions?: string[] } }[] = [];
  const add = (path: string, list: readonly { clause?: Clause; assumptions?: string[] }[] | undefined): void =>
    list?.forEach((rule, i) => out.push({ path: `${path}[${i}]`, rule }));
  rubric.sections.forEach((s, i) => add(`sections[${i}].indicators`, s.indicators));
  add('adjustments', rubric.adjustments);
  add('levels', rubric.levels);
  add('gates', rubric.gates);
  add('quotas', rubric.quotas);
  add('ranks', rubric.ranks);
  add('outcomes', rubric.outcomes);
  add('history', rubric.history);
  add('flags', rubric.flags);
  add('crosswalks', rubric.crosswalks);
  return out;
}

/** Every `{ ref, quote }` anywhere in the rubric (rules, sections, assumptions). */
function quotesOf(value: unknown, path = '$'): { path: string; quote: string }[] {
  if (value === null || typeof value !== 'object') return [];
  const out: { path: string; quote: string }[] = [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.ref === 'string' && typeof obj.quote === 'string') out.push({ path, quote: obj.quote });
  for (const [k, v] of Object.entries(obj)) out.push(...quotesOf(v, `${path}.${k}`));
  return out;
}

describe.each(RUBRIC_IDS)('%s', (id) => {
  const raw = readJson(`${id}.json`);
  const parsed = Rubric.safeParse(raw);

  it('fits the rubric schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
  const rubric = parsed.data as Rubric;

  it('is named after its file', () => {
    expect(rubric.id).toBe(id);
  });

  it('quotes its source verbatim', () => {
    const seed = rubric.source?.seed;
    expect(seed, 'source.seed names the source text').toBeDefined();
    const text = readFileSync(resolve(FIXTURES, 'sources', seed!), 'utf8');
    const quotes = quotesOf(raw);
    expect(quotes.length).toBeGreaterThan(0);
    const missing = quotes.filter((q) => !text.includes(q.quote));
    expect(missing).toEqual([]);
  });

  it('cites a clause or an assumption for every rule, and every assumption it names exists', () => {
    const declared = new Set((rubric.assumptions ?? []).map((a) => a.id));
    const rules = rulesOf(rubric);
    expect(rules.filter(({ rule }) => !rule.clause && !rule.assumptions?.length).map((r) => r.path)).toEqual([]);
    const unknown = rules.flatMap(({ path, rule }) =>
      (rule.assumptions ?? []).filter((a) => !declared.has(a)).map((a) => `${path}: ${a}`),
    );
    expect(unknown).toEqual([]);
  });

  it('uses every assumption it states', () => {
    const used = new Set(rulesOf(rubric).flatMap(({ rule }) => rule.assumptions ?? []));
    for (const s of rubric.sections) for (const a of (s as { assumptions?: string[] }).assumptions ?? []) used.add(a);
    for (const src of rubric.sources ?? []) for (const a of src.assumptions ?? []) used.add(a);
    for (const c of rubric.categories ?? []) for (const a of c.assumptions ?? []) used.add(a);
    for (const g of rubric.adjustmentGroups ?? []) for (const a of g.assumptions ?? []) used.add(a);
    expect((rubric.assumptions ?? []).map((a) => a.id).filter((a) => !used.has(a))).toEqual([]);
  });

  const examplesFile = `${id}.examples.json`;
  it('has 5 to 12 worked examples, each a valid subject with its working shown', () => {
    expect(existsSync(resolve(FIXTURES, examplesFile))).toBe(true);
    const examples = readJson<WorkedExample[]>(examplesFile);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.length).toBeLessThanOrEqual(12);
    const ids = new Set<string>();
    for (const ex of examples) {
      expect(Subject.safeParse(ex.subject).success, ex.name).toBe(true);
      expect(ex.working.length, ex.name).toBeGreaterThan(20);
      expect(typeof ex.expected.score, ex.name).toBe('number');
      expect(ids.has(ex.subject.id), `duplicate example id ${ex.subject.id}`).toBe(false);
      ids.add(ex.subject.id);
    }
  });

  it('has worked examples that between them reach every level and exercise every rule', () => {
    const examples = readJson<WorkedExample[]>(examplesFile);
    const seen = new Set<string>();
    for (const { expected: e } of examples) {
      for (const l of [e.level, e.bandLevel]) if (typeof l === 'string') seen.add(l);
      for (const list of [e.gates, e.overridden, e.outcomes, e.flags]) for (const x of list ?? []) seen.add(x);
      for (const [a, points] of Object.entries(e.adjustments ?? {})) if (points !== 0) seen.add(a);
      for (const target of Object.values(e.crosswalks ?? {})) if (target) seen.add(target);
    }
    const rules = [
      ...rubric.levels.map((l) => l.id),
      ...(rubric.adjustments ?? []).map((a) => a.id),
      ...(rubric.gates ?? []).map((g) => g.id),
      ...(rubric.outcomes ?? []).map((o) => o.id),
      ...(rubric.history ?? []).map((h) => h.id),
      ...(rubric.flags ?? []).map((f) => f.id),
      ...(rubric.sources ?? []).filter((s) => s.validWhen).map((s) => s.id),
      ...(rubric.crosswalks ?? []).flatMap((c) => c.levels.map((l) => l.id)),
    ];
    expect(rules.filter((r) => !seen.has(r))).toEqual([]);
  });

  it('has a cohort of valid subjects with unique ids', () => {
    const cohort = readJson<unknown[]>(`${id}.cohort.json`);
    expect(cohort.length).toBeGreaterThan(0);
    const bad = cohort.filter((s) => !Subject.safeParse(s).success);
    expect(bad).toEqual([]);
    const ids = cohort.map((s) => (s as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('README.md', () => {
  const readme = readText('README.md');
  it.each(RUBRIC_IDS)('lists %s and every assumption it states', (id) => {
    expect(readme).toContain(`\`${id}\``);
    const rubric = Rubric.parse(readJson(`${id}.json`));
    const section = readme.slice(readme.indexOf(`### ${id}`));
    expect(readme.includes(`### ${id}`)).toBe(true);
    const missing = (rubric.assumptions ?? []).map((a) => a.id).filter((a) => !section.includes(`\`${a}\``));
    expect(missing).toEqual([]);
  });
});

describe('generated files', () => {
  it.each(GENERATED.map((g) => [g.file, g] as const))('%s is exactly what its seeded generator writes', (_file, g) => {
    expect(readText(g.file)).toBe(`${JSON.stringify(g.build(), null, 2)}\n`);
  });

  it.each(GENERATED.filter((g) => g.csv).map((g) => [g.csv!, g] as const))(
    '%s holds the same subjects as the JSON cohort',
    (csvFile, g) => {
      const rubric = Rubric.parse(readJson(`${g.rubric}.json`));
      const types = new Map(rubric.facts.map((f) => [f.id, f.type]));
      const parsed = Papa.parse<Record<string, string>>(readText(csvFile), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(['id', 'category', ...rubric.facts.map((f) => f.id)]);
      const fromCsv = parsed.data.map((row) => {
        const facts: Record<string, unknown> = {};
        for (const [key, cell] of Object.entries(row)) {
          if (key === 'id' || key === 'category' || cell === '') continue;
          const type = types.get(key);
          if (type === 'enumList') facts[key] = cell.split('|');
          else if (type === 'number' || type === 'integer') facts[key] = Number(cell);
          else if (type === 'boolean') facts[key] = cell === 'true';
          else facts[key] = cell;
        }
        return { id: row.id, ...(row.category ? { category: row.category } : {}), facts };
      });
      const fromJson = readJson<{ id: string; category?: string; facts: Record<string, unknown> }[]>(g.file).map(
        (s) => ({ id: s.id, ...(s.category ? { category: s.category } : {}), facts: s.facts }),
      );
      expect(fromCsv).toEqual(fromJson);
    },
  );
});
