import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { memoryIo } from './helpers.js';

/** The Anyang 2017 star-rating rubric and its sample cohort, from docs/fixtures. */
const doc = (name: string) => fileURLToPath(new URL(`../../../docs/fixtures/anyang-2017-star-rating${name}`, import.meta.url));

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface Report {
  results: { id: string; level: string | null; bandLevel: string | null }[];
  errors: { id: string; path: string }[];
  quotas: { id: string; kind: string; limit: number; after: number; moved: string[] }[];
}

describe('the Anyang 2017 rubric through the CLI', () => {
  it('validates and lints without problems', async () => {
    expect((await cli('validate', doc('.json'))).code).toBe(0);
    expect((await cli('lint', doc('.json'))).code).toBe(0);
  });

  it('scores the sample cohort the same from JSON and CSV, within the quotas', async () => {
    const json = await cli('score', doc('.json'), doc('.cohort.json'), '--format', 'json');
    const csv = await cli('score', doc('.json'), doc('.cohort.csv'), '--format', 'json');
    expect(json.code).toBe(0);
    expect(csv.out).toBe(json.out);
    const report = JSON.parse(json.out) as Report;
    expect(report.errors).toEqual([]);
    const fiveStarCap = report.quotas.find((q) => q.kind === 'atMost')!;
    expect(fiveStarCap.after).toBeLessThanOrEqual(fiveStarCap.limit);
    expect(report.results.filter((r) => r.level === 'five-star').length).toBe(fiveStarCap.after);
  });

  it('explains a subject moved by a quota, citing the clause', async () => {
    const report = JSON.parse((await cli('score', doc('.json'), doc('.cohort.json'), '--format', 'json')).out) as Report;
    const moved = report.quotas.flatMap((q) => q.moved)[0]!;
    const { code, out } = await cli('explain', doc('.json'), doc('.cohort.csv'), '--id', moved);
    expect(code).toBe(0);
    expect(out).toContain('[比例]');
    expect(out).toMatch(/依据：四\(二\)/);
  });

  it('lists the bad sample subjects by id and path, exit 3', async () => {
    const { code, out } = await cli('score', doc('.json'), doc('.bad-subjects.json'), '--format', 'json', '--lang', 'en');
    expect(code).toBe(3);
    const report = JSON.parse(out) as Report;
    expect(new Set(report.errors.map((e) => e.id))).toEqual(new Set(['AY-BAD-1', 'AY-BAD-2']));
    expect(report.errors.every((e) => e.path.startsWith('facts.'))).toBe(true);
  });
});
