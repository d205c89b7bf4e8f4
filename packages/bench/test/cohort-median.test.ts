import { describe, expect, it } from 'vitest';
import type { CohortChildReport } from '../src/cohort-child.js';
import { medianReport } from '../src/sections/cohort.js';

const run = (cpuMs: number, maxRssBytes: number, digest = 'abc'): CohortChildReport => ({
  engine: 'rubricate-compact',
  n: 1000,
  ok: true,
  ms: cpuMs - 1,
  cpuMs,
  inputHeapBytes: 100,
  maxRssBytes,
  peakOverInput: maxRssBytes / 100,
  digest,
  errors: 0,
});

describe('the cohort section keeps the median run', () => {
  it('takes the run with the median CPU time, and the highest peak of all runs', () => {
    const r = medianReport([run(300, 150), run(100, 190), run(200, 120)]);
    expect(r.cpuMs).toBe(200);
    expect(r.ms).toBe(199);
    expect(r.maxRssBytes).toBe(190);
    expect(r.peakOverInput).toBe(1.9);
    expect(r.runs).toBe(3);
    expect(r.cpuMsRuns).toEqual([300, 100, 200]);
    expect(r.digest).toBe('abc');
  });

  it('reports a failed run as the result, and says when runs gave different cohorts', () => {
    const failed: CohortChildReport = { engine: 'rubricate', n: 1000, ok: false, reason: 'ran out of memory' };
    expect(medianReport([run(100, 100), failed])).toMatchObject({ ok: false, reason: 'ran out of memory', runs: 2 });
    expect(medianReport([run(100, 100, 'a'), run(120, 100, 'b')]).digest).toMatch(/runs differ/);
  });
});
