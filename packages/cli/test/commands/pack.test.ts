import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rubricHash, validateRubric } from '@rubricate/core';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { memoryIo } from '../helpers.js';

const ANYANG = fileURLToPath(new URL('../../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rubricate-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edited(edit: (r: any) => void): string {
  const rubric = JSON.parse(readFileSync(ANYANG, 'utf8'));
  edit(rubric);
  return JSON.stringify(rubric);
}

describe('rubricate pack', { timeout: 30_000 }, () => {
  it('writes the package files to --out, with the hash results carry', async () => {
    const io = memoryIo();
    const out = join(dir, 'pkg');
    expect(await main(['pack', ANYANG, '--scope', '@demo', '--out', out], io)).toBe(0);
    expect([...io.written.keys()].map((p) => p.slice(out.length + 1)).sort()).toEqual(
      ['CHANGELOG.md', 'README.md', 'index.cjs', 'index.d.cts', 'index.d.ts', 'index.js', 'package.json', 'rubric.json', 'scorer.d.ts', 'scorer.js'],
    );
    const pkg = JSON.parse(io.written.get(join(out, 'package.json')) as string);
    expect(pkg.name).toBe('@demo/rubric-anyang-2017-star-rating');
    // The packed rubric is the validated (normalised) one, whose hash `score` puts in results.
    const validated = validateRubric(JSON.parse(readFileSync(ANYANG, 'utf8')));
    if (!validated.ok) throw new Error('fixture invalid');
    expect(pkg.rubricate.hash).toBe(rubricHash(validated.rubric));
    expect(io.out()).toContain(`已生成 @demo/rubric-anyang-2017-star-rating@1.0.0：${out}（10 个文件）`);
  });

  it('refuses an invalid rubric (exit 1) and writes nothing', async () => {
    const io = memoryIo({ '/bad.json': edited((r) => delete r.scale) });
    expect(await main(['pack', '/bad.json', '--out', join(dir, 'bad')], io)).toBe(1);
    expect(io.written.size).toBe(0);
    expect(io.err()).toContain('评分细则 /bad.json 无效，未打包');
  });

  it('refuses a version lower than the change requires with --previous', async () => {
    const minorOnly = edited((r) => {
      r.version = '1.1.0';
      r.levels[0].band = { min: 92 };
      r.levels[1].band = { min: 80, max: 92 };
    });
    const io = memoryIo({ '/new.json': minorOnly });
    expect(await main(['pack', '/new.json', '--previous', ANYANG, '--out', join(dir, 'refused'), '--lang', 'en'], io)).toBe(1);
    expect(io.err()).toContain('This change needs a major version (it can change results), but the version moved from 1.0.0 to 1.1.0');
    expect(io.written.size).toBe(0);

    const ok = memoryIo({ '/new.json': minorOnly.replace('"version":"1.1.0"', '"version":"2.0.0"') });
    expect(await main(['pack', '/new.json', '--previous', ANYANG, '--out', join(dir, 'accepted')], ok)).toBe(0);
  });

  it('refuses a bad scope with exit 2', async () => {
    const io = memoryIo();
    expect(await main(['pack', ANYANG, '--scope', '@Not Valid', '--out', join(dir, 'scope')], io)).toBe(2);
    expect(io.err()).toContain('npm 作用域无效');
  });
});
