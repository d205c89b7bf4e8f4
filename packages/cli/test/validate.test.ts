import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/validate.js';
import { fixture, memoryIo, miniRubric } from './helpers.js';

const args = (rubric: string, extra: Partial<{ lang: 'zh' | 'en'; format: 'text' | 'json' }> = {}) => ({
  rubric,
  lang: 'zh' as const,
  format: 'text' as const,
  ...extra,
});

describe('validate', () => {
  it('prints one OK line and exits 0 for a valid rubric', async () => {
    const io = memoryIo();
    expect(await run(args(fixture('mini-star.json')), io)).toBe(0);
    expect(io.out()).toBe('评分细则有效：基层党组织星级评定（测试用）（mini-star，版本 1.0.0）\n');
    expect(io.err()).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const io = memoryIo();
    expect(await run(args(fixture('mini-star.json'), { lang: 'en' }), io)).toBe(0);
    expect(io.out()).toBe('OK: Branch star rating (test) (mini-star, version 1.0.0) is a valid rubric\n');
  });

  it('gives the line and column of a JSON syntax error, exit 1', async () => {
    const io = memoryIo({ 'bad.json': '{\n  "id": "x",\n  "version" "1.0.0"\n}\n' });
    expect(await run(args('bad.json'), io)).toBe(1);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bad\.json:3:13：.+ \[json\.[a-z_]+\]$/);
    expect(io.err()).toBe('评分细则无效，共 1 处问题\n');
  });

  it('lists every problem on its own line with its JSON path, exit 1', async () => {
    const rubric = await miniRubric();
    const sections = rubric.sections as { indicators: { points: { fact: string } }[] }[];
    sections[0]!.indicators[0]!.points.fact = 'undeclared';
    sections[0]!.indicators[1]!.points.fact = 'alsoUndeclared';
    const io = memoryIo({ 'r.json': JSON.stringify(rubric) });
    expect(await run(args('r.json'), io)).toBe(1);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes('sections[0].indicators[0].points.fact') && l.includes('undeclared'))).toBe(true);
    expect(lines.some((l) => l.includes('sections[0].indicators[1].points.fact') && l.includes('alsoUndeclared'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/\[[\w.-]+\]$/);
  });

  it('reports a schema problem with its path', async () => {
    const rubric = await miniRubric();
    (rubric.scale as { precision: unknown }).precision = 'half';
    const io = memoryIo({ 'r.json': JSON.stringify(rubric) });
    expect(await run(args('r.json', { lang: 'en' }), io)).toBe(1);
    expect(io.out()).toMatch(/^scale\.precision: /m);
  });

  it('prints one JSON document with --format json', async () => {
    const ok = memoryIo();
    expect(await run(args(fixture('mini-star.json'), { format: 'json' }), ok)).toBe(0);
    const valid = JSON.parse(ok.out()) as { ok: boolean; rubric: { id: string; version: string; hash: string } };
    expect(valid.ok).toBe(true);
    expect(valid.rubric).toMatchObject({ id: 'mini-star', version: '1.0.0' });
    expect(valid.rubric.hash).toMatch(/^[0-9a-f]{64}$/);

    const bad = memoryIo({ 'bad.json': '[1,]' });
    expect(await run(args('bad.json', { format: 'json', lang: 'en' }), bad)).toBe(1);
    const invalid = JSON.parse(bad.out()) as { ok: boolean; issues: { line: number; column: number; message: string; path: string }[] };
    expect(invalid.ok).toBe(false);
    expect(invalid.issues[0]).toMatchObject({ code: 'json.syntax', line: 1, column: 4 });
    expect(typeof invalid.issues[0]!.message).toBe('string');
  });

  it('exits 2 for a file that does not exist', async () => {
    const io = memoryIo();
    expect(await run(args('/no/such/rubric.json'), io)).toBe(2);
    expect(io.err()).toBe('错误：找不到文件：/no/such/rubric.json\n');
  });

  it('refuses a rubric that defines a key of Object.prototype', async () => {
    const io = memoryIo({ 'p.json': '{"__proto__": {"polluted": true}}' });
    expect(await run(args('p.json'), io)).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
