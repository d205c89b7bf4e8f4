import { describe, expect, it } from 'vitest';
import type { ThroughputRow } from '../src/sections/throughput.js';
import { ENGINE_IDS } from '../src/engines/index.js';
import { combineAlone, heldToTarget, runThroughputChild } from '../src/sections/throughput-alone.js';

const row = (engine: string, n: number, perSecond: number | null, extra: Partial<ThroughputRow> = {}): ThroughputRow => ({
  engine,
  label: engine,
  n,
  runs: perSecond === null ? 0 : 7,
  perSecond,
  perSecondWall: perSecond === null ? null : perSecond * 0.9,
  slowerThanHandwritten: null,
  agreement: perSecond === null ? null : { checked: n, mismatches: 0, examples: [] },
  ...extra,
});

describe('single subjects, each engine alone', () => {
  it('keeps the median over processes and divides the medians for the ratio', () => {
    const rows = combineAlone([
      row('handwritten', 10, 20), row('rubricate-compiled', 10, 5),
      row('rubricate-compiled', 10, 9), row('handwritten', 10, 16),
      row('handwritten', 10, 18), row('rubricate-compiled', 10, 6),
    ]);
    expect(rows.map((r) => r.engine)).toEqual(['handwritten', 'rubricate-compiled']);
    const compiled = rows[1]!;
    expect(compiled.perSecond).toBe(6);
    expect(compiled.perSecondWall).toBeCloseTo(5.4);
    expect(compiled.perProcess).toEqual([5, 9, 6]);
    expect(compiled.slowerThanHandwritten).toBe(3);
    expect(rows[0]!.slowerThanHandwritten).toBe(1);
  });

  it('keeps each N apart', () => {
    const rows = combineAlone([row('handwritten', 10, 20), row('handwritten', 100, 10), row('rubricate-lean', 10, 2), row('rubricate-lean', 100, 2)]);
    expect(rows.map((r) => [r.n, r.engine, r.slowerThanHandwritten])).toEqual([
      [10, 'handwritten', 1],
      [100, 'handwritten', 1],
      [10, 'rubricate-lean', 10],
      [100, 'rubricate-lean', 5],
    ]);
  });

  it('gives no figure when any process did not time the engine, and says why', () => {
    const bad = row('rubricate-compiled', 10, null, { note: 'DISAGREES with the hand-written function on 1 of 10', agreement: { checked: 10, mismatches: 1, examples: ['S1'] } });
    const rows = combineAlone([row('handwritten', 10, 20), row('rubricate-compiled', 10, 5), bad]);
    expect(rows[1]).toMatchObject({ perSecond: null, slowerThanHandwritten: null, mismatches: 1, perProcess: [], note: bad.note });
  });

  it('times alone the hand-written function and rubricate\'s fast scorers only', () => {
    expect(ENGINE_IDS.filter(heldToTarget)).toEqual(['handwritten', 'rubricate-lean', 'rubricate-compiled']);
  });
});

describe('a single-subject process', () => {
  it('times the engines it is given and reports their rows, checked against the hand-written function', async () => {
    const logged: string[] = [];
    const rows = await runThroughputChild([300], ['handwritten', 'rubricate-compiled'], true, undefined, (s) => logged.push(s));
    expect(rows.map((r) => [r.n, r.engine, r.runs])).toEqual([
      [300, 'handwritten', 3],
      [300, 'rubricate-compiled', 3],
    ]);
    for (const r of rows) {
      expect(r.agreement).toEqual({ checked: 300, mismatches: 0, examples: [] });
      expect(r.perSecond).toBeGreaterThan(0);
    }
    expect(rows[0]!.slowerThanHandwritten).toBe(1);
    expect(logged.some((l) => l.includes('N=300 hand-written'))).toBe(true);
  }, 120_000);
});
