import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLeanScorer, prepareRubric } from '@rubricate/core';
import { main } from '../../src/main.js';
import { memoryIo, miniRubric } from '../helpers.js';

const ANYANG = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url));
const COHORT = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.cohort.json', import.meta.url));
// Tests import the core's sources; the written module links to them the same way.
const RUNTIME = fileURLToPath(new URL('../../../core/src/compile/index.ts', import.meta.url));

describe('rubricate compile', { timeout: 30_000 }, () => {
  it('writes a module whose scorer gives the core results, and says how to use it', async () => {
    const io = memoryIo();
    expect(await main(['compile', ANYANG, '--out', '/scorer.js', '--runtime', RUNTIME, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Wrote /scorer.js: the scorer module of anyang-2017-star-rating@1.0.0.');
    const source = io.written.get('/scorer.js') as string;
    expect(source).toContain('export function createScorer(prepared)');
    const dir = mkdtempSync(join(tmpdir(), 'rubricate-compile-'));
    writeFileSync(join(dir, 'scorer.mjs'), source);
    const mod = (await import(pathToFileURL(join(dir, 'scorer.mjs')).href)) as { createScorer(p: unknown): (s: unknown) => unknown };
    const { readFileSync } = await import('node:fs');
    const prepared = prepareRubric(JSON.parse(readFileSync(ANYANG, 'utf8')));
    const score = mod.createScorer(prepared);
    const lean = createLeanScorer(prepared);
    const subjects = JSON.parse(readFileSync(COHORT, 'utf8')) as unknown[];
    for (const s of subjects) {
      const a = score(s) as { scoreUnits: number; level: number };
      const b = lean(s) as { scoreUnits: number; level: number };
      expect([a.scoreUnits, a.level]).toEqual([b.scoreUnits, b.level]);
    }
  });

  it('prints the module without --out', async () => {
    const io = memoryIo();
    expect(await main(['compile', ANYANG], io)).toBe(0);
    expect(io.out()).toMatch(/^\/\/ Scorer of anyang-2017-star-rating@1\.0\.0/);
    expect(io.out()).toContain('from "@rubricate/core/compile"');
  });

  it('refuses an invalid rubric with exit 1, and an unwritable file with exit 2, in Chinese by default', async () => {
    const broken = { ...(await miniRubric()), levels: 'none' };
    const bad = memoryIo({ '/bad.json': JSON.stringify(broken) });
    expect(await main(['compile', '/bad.json', '--out', '/x.js'], bad)).toBe(1);
    expect(bad.written.size).toBe(0);
    const io = memoryIo();
    expect(await main(['compile', ANYANG, '--out', '/nonexistent/x.js'], io)).toBe(2);
    expect(io.err()).toContain('无法写入 /nonexistent/x.js');
  });
});
