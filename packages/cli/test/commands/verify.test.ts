import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { memoryIo } from '../helpers.js';

const ANYANG = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url));
const COHORT = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.cohort.json', import.meta.url));

async function scoreJson(): Promise<string> {
  const io = memoryIo();
  await main(['score', ANYANG, COHORT, '--format', 'json'], io);
  return io.out();
}

describe('rubricate verify', { timeout: 30_000 }, () => {
  it('exits 0 when every score, level and the hash match', async () => {
    const io = memoryIo({ '/results.json': await scoreJson() });
    expect(await main(['verify', ANYANG, '/results.json', '--subjects', COHORT], io)).toBe(0);
    expect(io.out()).toMatch(/核对一致：评分细则指纹相同，\d+ 个对象的得分和等次均相同。/);
  });

  it('lists each difference and exits 1 when a result was altered', async () => {
    const results = JSON.parse(await scoreJson());
    const first = results.results[0];
    const second = results.results[1];
    first.score = first.score + 0.5;
    second.level = second.level === 'five-star' ? 'four-star' : 'five-star';
    const io = memoryIo({ '/results.json': JSON.stringify(results) });
    expect(await main(['verify', ANYANG, '/results.json', '--subjects', COHORT, '--format', 'json', '--lang', 'en'], io)).toBe(1);
    const doc = JSON.parse(io.out());
    expect(doc.ok).toBe(false);
    expect(doc.differences.map((d: { id: string; field: string }) => [d.id, d.field])).toEqual([
      [first.id, 'score'],
      [second.id, 'level'],
    ]);
    expect(doc.differences[0].message).toBe(`${first.id}: score differs: ${first.score} in the results, ${first.score - 0.5} scored again`);
  });

  it('checks the rubric hash alone without --subjects', async () => {
    const results = JSON.parse(await scoreJson());
    const ok = memoryIo({ '/results.json': JSON.stringify(results) });
    expect(await main(['verify', ANYANG, '/results.json'], ok)).toBe(0);
    expect(ok.err()).toContain('只核对了评分细则指纹');
    results.rubric.hash = '0'.repeat(64);
    const bad = memoryIo({ '/results.json': JSON.stringify(results) });
    expect(await main(['verify', ANYANG, '/results.json'], bad)).toBe(1);
    expect(bad.out()).toContain('评分细则指纹不一致');
  });

  it('reports a subject missing from the results', async () => {
    const results = JSON.parse(await scoreJson());
    const dropped = results.results.pop();
    const io = memoryIo({ '/results.json': JSON.stringify(results) });
    expect(await main(['verify', ANYANG, '/results.json', '--subjects', COHORT], io)).toBe(1);
    expect(io.out()).toContain(`${dropped.id}：对象文件中有此对象，结果文件中没有`);
  });

  it('refuses a file that is not a results file with exit 2', async () => {
    const io = memoryIo({ '/results.json': '[1, 2]' });
    expect(await main(['verify', ANYANG, '/results.json'], io)).toBe(2);
    expect(io.err()).toContain('不是评分结果文件');
  });
});
