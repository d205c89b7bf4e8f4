import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/lint.js';
import { fixture, memoryIo, miniRubric } from './helpers.js';

const args = (rubric: string, lang: 'zh' | 'en' = 'zh', format: 'text' | 'json' = 'text') => ({ rubric, lang, format });

describe('lint', () => {
  it('exits 0 and says so when there is nothing to warn about', async () => {
    const io = memoryIo();
    expect(await run(args(fixture('mini-star.json')), io)).toBe(0);
    expect(io.out()).toBe('没有警告：mini-star，版本 1.0.0\n');
  });

  it('prints each warning on its own line with its path, and still exits 0', async () => {
    const rubric = await miniRubric();
    // 89 ≤ score < 90 now earns no level: a gap in the bands.
    (rubric.levels as { band: { min?: number; max?: number } }[])[1]!.band = { min: 80, max: 89 };
    const io = memoryIo({ 'gap.json': JSON.stringify(rubric) });
    expect(await run(args('gap.json'), io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line).toMatch(/^警告 \S+：.+ \[[\w.-]+\]$/);
    expect(lines.some((l) => /levels/.test(l))).toBe(true);
    expect(io.err()).toMatch(/^共 \d+ 条警告\n$/);

    const json = memoryIo({ 'gap.json': JSON.stringify(rubric) });
    expect(await run(args('gap.json', 'en', 'json'), json)).toBe(0);
    const document = JSON.parse(json.out()) as { ok: boolean; issues: { severity: string; path: string }[] };
    expect(document.ok).toBe(true);
    expect(document.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('exits 1 for an invalid rubric', async () => {
    const io = memoryIo({ 'bad.json': '{ "schemaVersion": 1 }' });
    expect(await run(args('bad.json'), io)).toBe(1);
    expect(io.out()).not.toBe('');
  });
});
