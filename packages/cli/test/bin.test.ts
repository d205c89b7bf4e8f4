import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildForBinary } from './build.js';
import { fixture } from './helpers.js';

const bin = fileURLToPath(new URL('../bin/rubricate.js', import.meta.url));

/** Runs the built binary as a user would. */
function rubricate(...argv: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...argv], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status, stdout, stderr };
}

beforeAll(() => buildForBinary(), 180_000);

// Each test starts node a few times; on a busy two-core machine that takes seconds.
describe('the rubricate binary', { timeout: 60_000 }, () => {
  it('validates: exit 0 with an OK line, exit 1 with a problem per line', () => {
    const ok = rubricate('validate', fixture('mini-star.json'));
    expect(ok).toMatchObject({ status: 0, stderr: '' });
    expect(ok.stdout).toMatch(/^评分细则有效/);
    const bad = rubricate('validate', fixture('cohort.json'), '--lang', 'en');
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
  });

  it('scores to one JSON document, with exit 3 when some subjects have errors', () => {
    const { status, stdout } = rubricate('score', fixture('mini-star.json'), fixture('cohort-errors.csv'), '--format', 'json');
    expect(status).toBe(3);
    const report = JSON.parse(stdout) as { results: { id: string; score: number }[]; errors: { row: number; column: string }[] };
    expect(report.results.map((r) => [r.id, r.score])).toEqual([
      ['ok1', 94],
      ['ok2', 80],
    ]);
    expect(report.errors[0]).toMatchObject({ row: 2, column: 'satisfaction' });
  });

  it('scores to a CSV and a table, exit 0', () => {
    const csv = rubricate('score', fixture('mini-star.json'), fixture('cohort.csv'), '--format', 'csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('id,category,score,level,level_label,band_level,flags,outcomes');
    const table = rubricate('score', fixture('mini-star.json'), fixture('cohort.csv'), '--lang', 'en');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Five stars');
  });

  it('explains one subject; an unknown id exits 2', () => {
    const found = rubricate('explain', fixture('mini-star.json'), fixture('cohort.json'), '--id', 's02');
    expect(found.status).toBe(0);
    expect(found.stdout).toMatch(/最终等次：四星级\n$/);
    const missing = rubricate('explain', fixture('mini-star.json'), fixture('cohort.json'), '--id', 'nobody');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nobody');
  });

  it('prints help and version', () => {
    expect(rubricate('--version')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = rubricate('--help', '--lang', 'en');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: rubricate/);
    expect(rubricate('nonsense').status).toBe(2);
  });
});
