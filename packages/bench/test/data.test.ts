import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASPECTS, COUNTS, CSV_COLUMNS, generateSubjects, writeSubjects, type AnyangSubject } from '../src/data.js';

const dir = mkdtempSync(join(tmpdir(), 'rubricate-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('subject generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateSubjects(50, 3)).toEqual(generateSubjects(50, 3));
    expect(generateSubjects(50, 3)).not.toEqual(generateSubjects(50, 4));
  });

  it('stays inside every declared range and step', () => {
    for (const { facts } of generateSubjects(5000)) {
      for (const a of ASPECTS) {
        expect(facts[a]).toBeGreaterThanOrEqual(0);
        expect(facts[a]).toBeLessThanOrEqual(10);
        expect(Number.isInteger(facts[a] * 2)).toBe(true);
      }
      for (const c of COUNTS) expect(Number.isInteger(facts[c]) && facts[c] >= 0).toBe(true);
      expect(facts.satisfaction).toBeGreaterThanOrEqual(0);
      expect(facts.satisfaction).toBeLessThanOrEqual(1);
      expect(Number.isInteger(facts.electionOverdueMonths) && facts.electionOverdueMonths >= 0).toBe(true);
      for (const t of [...facts.commendations, ...facts.innovations]) expect(['city', 'province', 'national']).toContain(t);
    }
  });

  it('writes the same subjects as JSON, NDJSON and CSV', async () => {
    const subjects = generateSubjects(300);
    await writeSubjects(join(dir, 's.json'), 'json', 300);
    await writeSubjects(join(dir, 's.ndjson'), 'ndjson', 300);
    await writeSubjects(join(dir, 's.csv'), 'csv', 300);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toEqual(subjects);
    const nd = readFileSync(join(dir, 's.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AnyangSubject);
    expect(nd).toEqual(subjects);
    const [header, ...rows] = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    expect(header!.split(',')).toEqual([...CSV_COLUMNS]);
    const fromCsv = rows.map((row) => {
      const cells = row.split(',');
      const facts: Record<string, unknown> = {};
      CSV_COLUMNS.forEach((c, i) => {
        if (c === 'id') return;
        facts[c] = c === 'commendations' || c === 'innovations' ? (cells[i] ? cells[i]!.split('|') : []) : Number(cells[i]);
      });
      return { id: cells[0], facts };
    });
    expect(fromCsv).toEqual(subjects);
  });
});
