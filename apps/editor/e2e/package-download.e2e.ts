import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { evaluateSubject, prepareRubric, validateRubric } from '@rubricate/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, pasteJson, start, type Harness, openFixture } from './harness';

const fixtureUrl = new URL('../../../docs/fixtures/anyang-2017-star-rating.json', import.meta.url);
const examplesUrl = new URL('../../../docs/fixtures/anyang-2017-star-rating.examples.json', import.meta.url);

let h: Harness;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'rubricate-pkg-e2e-'));
beforeAll(async () => {
  h = await start();
  page = await openApp(h, 'zh');
  await openFixture(page, 'anyang-2017-star-rating');
  await page.getByRole('tab', { name: '版本', exact: true }).click();
});
afterAll(async () => {
  await page?.context().close();
  await h?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Names of the entries of an uncompressed tar (ustar headers: name at 0..100, size in octal at 124). */
function tarNames(tar: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = tar.subarray(at, at + 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) break;
    names.push(name);
    const size = parseInt(tar.subarray(at + 124, at + 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

describe('download as npm package', () => {
  it('downloads a .tgz that npm accepts and that scores a subject', async () => {
    const button = page.getByRole('button', { name: '下载为 npm 包', exact: true });
    await page.getByTestId('package-scope').fill('@demo');
    await expect(button.isEnabled()).resolves.toBe(true);
    const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(dl.suggestedFilename()).toBe('demo-rubric-anyang-2017-star-rating-1.0.0.tgz');
    const tgz = join(work, dl.suggestedFilename());
    await dl.saveAs(tgz);

    // gzip + tar as npm expects: every entry under package/
    const names = tarNames(gunzipSync(readFileSync(tgz)));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.startsWith('package/'))).toBe(true);

    const out = join(work, 'unpacked');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['-xzf', tgz, '-C', out]);
    const dir = join(out, 'package');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(pkg.name).toBe('@demo/rubric-anyang-2017-star-rating');
    expect(pkg.version).toBe('1.0.0');
    expect(existsSync(join(dir, 'index.d.ts'))).toBe(true);
    const v = validateRubric(JSON.parse(readFileSync(fixtureUrl, 'utf8')));
    if (!v.ok) throw new Error('fixture is invalid');
    expect(JSON.parse(readFileSync(join(dir, 'rubric.json'), 'utf8'))).toEqual(v.rubric);

    // npm itself reads the tarball: name, version and the files it would publish
    const dry = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', tgz], { cwd: work, encoding: 'utf8' })) as {
      name: string;
      version: string;
      files: { path: string }[];
    }[];
    expect(dry[0]!.name).toBe('@demo/rubric-anyang-2017-star-rating');
    expect(dry[0]!.version).toBe('1.0.0');
    expect(dry[0]!.files.map((f) => f.path).sort()).toEqual(names.map((n) => n.slice('package/'.length)).sort());

    // the package's own entry point, scored with the workspace's core
    const mod = (await import(pathToFileURL(join(dir, 'index.js')).href)) as { rubric: unknown; hash: string };
    const checked = validateRubric(mod.rubric);
    if (!checked.ok) throw new Error('packaged rubric is invalid');
    const example = (JSON.parse(readFileSync(examplesUrl, 'utf8')) as { subject: unknown; expected: { score: number; level: string } }[])[0]!;
    const r = evaluateSubject(prepareRubric(checked.rubric), example.subject);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.result.score).toBe(example.expected.score);
    expect(r.result.level).toBe(example.expected.level);
  });

  it('says why it cannot pack: a bad scope, then an invalid rubric', async () => {
    const button = page.getByRole('button', { name: '下载为 npm 包', exact: true });
    await page.getByTestId('package-scope').fill('@My Office');
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('package-reason').textContent()).resolves.toContain('作用域无效');
    await page.getByTestId('package-scope').fill('');

    await page.getByRole('tab', { name: '编辑', exact: true }).click();
    const doc = JSON.parse(readFileSync(fixtureUrl, 'utf8')) as Record<string, unknown>;
    await pasteJson(page, JSON.stringify({ ...doc, version: 'one' }, null, 2));
    await page.waitForFunction(() => (window as unknown as { __rubricateJson: () => string }).__rubricateJson().includes('"one"'));
    await page.getByRole('tab', { name: '版本', exact: true }).click();
    await page.getByTestId('package-reason').filter({ hasText: '处错误' }).waitFor();
    await expect(button.isDisabled()).resolves.toBe(true);
  });
});
