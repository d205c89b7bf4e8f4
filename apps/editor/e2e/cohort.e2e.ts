import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, formTab, openApp, screenshotDir, start, type Harness, openFixture } from './harness';

const cohortCsv = fileURLToPath(new URL('../../../docs/fixtures/anyang-2017-star-rating.cohort.csv', import.meta.url));

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await start();
  page = await openApp(h, 'zh');
  await openFixture(page, 'anyang-2017-star-rating');
});
afterAll(async () => {
  await page?.context().close();
  await h?.stop();
});

async function distribution(): Promise<Record<string, number>> {
  const rows = page.locator('[data-testid="distribution"] tbody:not(.quota-rows) tr');
  const out: Record<string, number> = {};
  for (let i = 0; i < (await rows.count()); i += 1) {
    const level = (await rows.nth(i).getAttribute('data-level')) ?? '';
    out[level] = Number(await rows.nth(i).locator('td').first().textContent());
  }
  return out;
}

describe('cohort simulation', () => {
  it('imports a CSV cohort and shows the distribution against the quotas', async () => {
    await page.getByRole('tab', { name: '批量模拟' }).click();
    await page.getByTestId('cohort-file').setInputFiles(cohortCsv);
    await page.getByTestId('rescore-status').waitFor();
    const dist = await distribution();
    const total = Object.values(dist).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(Object.keys(dist)).toContain('five-star');
    // the five-star cap (at most 10%) holds after the quota is applied
    expect(dist['five-star']!).toBeLessThanOrEqual(Math.floor(total * 0.1));
    await expect(page.locator('.quota-reports').textContent()).resolves.toContain('五星级不超过总数的10%');
    // each quota is drawn against its limit
    await expect(page.locator('[data-quota="five-star-cap"] td').nth(1).textContent()).resolves.toBe(`≤ ${Math.floor(total * 0.1)}`);
    await expect(page.locator('table.results tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}editor-cohort.png`, fullPage: false });
  });

  it('shows the trace of one subject of the cohort', async () => {
    await page.getByRole('button', { name: '查看 AY-001 的计分过程' }).click();
    const trace = page.getByTestId('cohort-trace');
    await trace.waitFor();
    await expect(trace.locator('h3').textContent()).resolves.toContain('AY-001 的计分过程：77 分，三星级');
    await expect(trace.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(10);
  });

  it('exports the results as CSV and Excel', async () => {
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('编号,类别,得分,等次,等次编号,原因');
    expect(csv).toHaveLength(61);
    expect(csv[1]).toMatch(/^AY-001,,77,三星级,three-star,/);
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await xlsxDownload;
    expect(file.suggestedFilename()).toBe('anyang-2017-star-rating-1.0.0-results.xlsx');
    expect(readFileSync((await file.path())!).subarray(0, 2).toString()).toBe('PK');
  });

  it('after an edit of the rubric, shows which subjects changed level', async () => {
    const before = await distribution();
    await page.getByRole('tab', { name: '编辑' }).click();
    await formTab(page, '等次');
    // raise the four-star threshold: some four-star subjects drop to three stars
    await fill(page, ['levels', 1, 'band', 'min'], 85);
    await fill(page, ['levels', 2, 'band', 'max'], 85);
    await page.getByRole('tab', { name: '批量模拟' }).click();
    // wait for the scoring of the last edit (the first edit alone may have been scored already)
    await page.locator('[data-testid="rescore-status"]:not(.pending)').waitFor();
    await page.getByTestId('moves').waitFor();
    const heading = (await page.locator('#moves-title').textContent()) ?? '';
    const moved = Number(/(\d+) 个对象/.exec(heading)?.[1]);
    const after = await distribution();
    expect(moved).toBeGreaterThan(0);
    expect(after['three-star']! - before['three-star']!).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="moves"] li').first().textContent()).resolves.toMatch(/四星级.*→ 三星级/);
  });

  it('re-scores 10,000 subjects after an edit quickly enough to feel instant (figure logged)', async () => {
    await page.getByTestId('sample-size').fill('10000');
    await page.getByTestId('make-sample').click();
    await page.waitForFunction(() => /10000/.test(document.querySelector('[data-testid="rescore-status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.getByRole('tab', { name: '编辑' }).click();
    await formTab(page, '等次');
    const times: number[] = [];
    for (const v of [86, 87, 88]) {
      await page.evaluate(() => {
        (window as unknown as { __rescoreMs?: number }).__rescoreMs = undefined;
      });
      const t0 = Date.now();
      await fill(page, ['levels', 1, 'band', 'min'], v);
      await page.waitForFunction(() => (window as unknown as { __rescoreMs?: number }).__rescoreMs !== undefined, undefined, { timeout: 60_000 });
      const inPage = await page.evaluate(() => (window as unknown as { __rescoreMs: number }).__rescoreMs);
      times.push(inPage);
      console.log(`[perf] re-score of 10,000 subjects after an edit: ${Math.round(inPage)} ms in the worker round trip, ${Date.now() - t0} ms from the keystroke (includes the ${250} ms debounce)`);
    }
    expect(times).toHaveLength(3);
  });
});
