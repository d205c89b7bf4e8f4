import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { memoryIo } from '../helpers.js';

const ANYANG = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url));
const COHORT = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.cohort.json', import.meta.url));

function edited(edit: (r: any) => void): string {
  const rubric = JSON.parse(readFileSync(ANYANG, 'utf8'));
  edit(rubric);
  return JSON.stringify(rubric);
}

const raised = edited((r) => {
  r.version = '2.0.0';
  r.levels[0].band = { min: 92 };
  r.levels[1].band = { min: 80, max: 92 };
});

const lowered = edited((r) => {
  r.version = '2.0.0';
  r.levels[1].band = { min: 75, max: 90 };
  r.levels[2].band = { min: 70, max: 75 };
});

describe('rubricate diff', { timeout: 30_000 }, () => {
  it('prints the changes and the bump, in Chinese by default, exit 0', async () => {
    const io = memoryIo({ '/new.json': raised });
    expect(await main(['diff', ANYANG, '/new.json'], io)).toBe(0);
    expect(io.out()).toContain('评分细则 anyang-2017-star-rating：1.0.0 → 2.0.0');
    expect(io.out()).toContain('需要的版本提升：主版本（major：可能改变评定结果）');
    expect(io.out()).toContain('[major] 五星级分数线由 90 调整为 92  (levels[0].band.min)');
  });

  it('prints JSON with --format json, messages in --lang', async () => {
    const io = memoryIo({ '/new.json': raised });
    expect(await main(['diff', ANYANG, '/new.json', '--format', 'json', '--lang', 'en'], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.bump).toBe('major');
    expect(doc.changes).toContainEqual({ kind: 'level.band.min', path: ['levels', 0, 'band', 'min'], bump: 'major', message: 'Five stars threshold moved from 90 to 92' });
    expect(doc.cohort).toBeUndefined();
  });

  it('lists the subjects whose level changes with --cohort', async () => {
    const io = memoryIo({ '/new.json': lowered });
    expect(await main(['diff', ANYANG, '/new.json', '--cohort', COHORT, '--format', 'json'], io)).toBe(0);
    const doc = JSON.parse(io.out());
    expect(doc.cohort.scored).toBeGreaterThan(0);
    expect(doc.cohort.changedLevel.length).toBeGreaterThan(0);
    for (const change of doc.cohort.changedLevel) expect(change).toMatchObject({ from: 'three-star', to: 'four-star' });
    const text = memoryIo({ '/new.json': lowered });
    await main(['diff', ANYANG, '/new.json', '--cohort', COHORT], text);
    expect(text.out()).toMatch(/按两个版本对 \d+ 个对象评分：/);
    expect(text.out()).toContain(`    ${doc.cohort.changedLevel[0].id}  三星级 → 四星级`);
  });

  it('says "none" for identical content', async () => {
    const io = memoryIo({ '/same.json': edited((r) => (r.version = '1.0.1')) });
    expect(await main(['diff', ANYANG, '/same.json', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Version bump needed: none (same content)');
  });

  it('refuses an invalid rubric with exit 1, naming the problem', async () => {
    const io = memoryIo({ '/bad.json': edited((r) => (r.levels[0].band.min = 'x')) });
    expect(await main(['diff', ANYANG, '/bad.json'], io)).toBe(1);
    expect(io.err()).toContain('新版本无效，无法比较');
    expect(io.err()).toContain('levels[0].band.min');
  });
});
