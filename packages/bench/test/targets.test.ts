import { describe, expect, it } from 'vitest';
import type { CliRow } from '../src/sections/cli.js';
import type { CohortSection } from '../src/sections/cohort.js';
import type { AloneRow } from '../src/sections/throughput-alone.js';
import { targetLines, targetVerdicts } from '../src/targets.js';

const alone = (engine: string, n: number, slower: number | null, mismatches = 0): AloneRow => ({
  engine,
  label: engine,
  n,
  perSecond: slower === null ? null : 1,
  perSecondWall: null,
  perProcess: [1, 1, 1],
  slowerThanHandwritten: slower,
  mismatches,
});

const cohortAt = (n: number, rows: { engine: string; cpu: number; agree: boolean; peak: number }[]): CohortSection => ({
  n,
  reports: rows.map((r) => ({ engine: r.engine, n, ok: true, peakOverInput: r.peak, runs: 3 })),
  comparisons: rows.map((r) => ({ engine: r.engine, slowerWall: r.cpu, slowerCpu: r.cpu, agree: r.agree })),
});

const cliRow = (input: string, n: number, slower: number, agree: boolean): CliRow => ({
  input,
  n,
  fileBytes: 1,
  plain: null,
  cli: null,
  slowerThanPlain: slower,
  slowerThanPlainCpu: slower,
  agree,
});

describe('the targets, each checked once', () => {
  it('holds single subjects to the fastest path that agreed on every subject, at each N', () => {
    const vs = targetVerdicts({
      throughputAlone: [
        alone('handwritten', 10_000, 1),
        alone('rubricate-lean', 10_000, 20),
        alone('rubricate-compiled', 10_000, 2.4),
        alone('rubricate-lean', 100_000, 3.5),
        alone('rubricate-compiled', 100_000, 1.2, 4),
      ],
    });
    const single = vs.filter((v) => v.target.startsWith('single subjects'));
    expect(single.map((v) => [v.target.split(', ').pop(), v.verdict])).toEqual([
      ['N=10k', 'met'],
      ['N=100k', 'NOT met'],
    ]);
    expect(single[0]?.detail).toMatch(/ahead of time 2\.40×/);
    // The compiled scorer disagreed at 100k: the lean path's figure is the one held to the target.
    expect(single[1]?.detail).toMatch(/createLeanScorer 3\.50×/);
  });

  it('holds the cohort and its memory to the fastest agreeing engine at 1M only', () => {
    const at1M = cohortAt(1_000_000, [
      { engine: 'rubricate-compact', cpu: 4.2, agree: true, peak: 1.3 },
      { engine: 'rubricate-compiled', cpu: 1.5, agree: true, peak: 2.1 },
      { engine: 'rubricate', cpu: 1.1, agree: false, peak: 1.1 },
    ]);
    const [speed, memory] = targetVerdicts({ cohort: [at1M] }).filter((v) => v.target.includes('cohort') || v.target.includes('peak'));
    expect(speed).toMatchObject({ verdict: 'met', detail: expect.stringContaining("compiled module's createCohortScorer 1.50×") as string });
    expect(memory).toMatchObject({ verdict: 'NOT met', detail: expect.stringContaining('2.10×') as string });
    const only100k = targetVerdicts({ cohort: [{ ...at1M, n: 100_000 }] });
    expect(only100k.filter((v) => v.verdict === 'not measured').map((v) => v.detail)).toContain('run --cohort=1000000');
  });

  it('counts the CLI only at 200k and with the same output, and says what was not measured', () => {
    const vs = targetVerdicts({ cli: [cliRow('JSON', 200_000, 2.1, true), cliRow('CSV', 200_000, 1.9, false), cliRow('JSON', 1_000, 1.1, true)] });
    const cli = vs.filter((v) => v.target.includes('CLI'));
    expect(cli.map((v) => [v.target.split(', ').pop(), v.verdict])).toEqual([['JSON', 'met']]);
    expect(vs.find((v) => v.target.includes('streamed'))?.verdict).toBe('not measured');
    expect(vs.find((v) => v.target.includes('editor'))?.detail).toMatch(/cohort\.e2e\.ts/);
    const streamed = targetVerdicts({ stream: { available: true, note: '', n: 5_200_000, ms: 54_800, maxRssBytes: 858_000_000 } });
    expect(streamed.find((v) => v.target.includes('streamed'))).toMatchObject({ verdict: 'met' });
    expect(targetLines(streamed).some((l) => l.startsWith('met ') && l.includes('5.2M subjects streamed'))).toBe(true);
  });
});
