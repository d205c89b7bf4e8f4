import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
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

  it('imports the same cohort from an Excel workbook and gives the same distribution', async () => {
    const fromCsv = await distribution();
    // the workbook a person would save from Excel: numbers as number cells, empty cells empty
    const table = Papa.parse<string[]>(readFileSync(cohortCsv, 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const cell = (v: string) => (v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? { value: Number(v), type: Number } : { value: v, type: String });
    const xlsx = join(mkdtempSync(join(tmpdir(), 'rubricate-e2e-')), '安阳2017-cohort.xlsx');
    await writeXlsxFile(table.map((row, i) => row.map((v) => (i === 0 ? { value: v, type: String } : cell(v))))).toFile(xlsx);
    await page.getByTestId('cohort-file').setInputFiles(xlsx);
    await page.getByText(`已载入 ${table.length - 1} 个对象（安阳2017-cohort.xlsx）。`).waitFor();
    await page.locator('[data-testid="rescore-status"]:not(.pending)').waitFor();
    await expect(page.locator('.import-problems .error').count()).resolves.toBe(0);
    expect(await distribution()).toEqual(fromCsv);
    await expect(page.getByTestId('rescore-status').textContent()).resolves.toContain(`已计算 ${table.length - 1} 个对象，0 个无法计算`);
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

  it('re-scores 10,000 subjects after an edit (figures logged, see the guide: Performance)', async () => {
    await page.getByTestId('sample-size').fill('10000');
    await page.getByTestId('make-sample').click();
    await page.waitForFunction(() => /10000/.test(document.querySelector('[data-testid="rescore-status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.getByRole('tab', { name: '编辑' }).click();
    await formTab(page, '等次');
    const runs: { scoreMs: number; workerMs: number; roundTripMs: number; beforeMs: number; afterMs: number; keystrokeMs: number }[] = [];
    for (const v of [86, 87, 88, 89, 86, 87, 88, 89, 86, 87]) {
      await page.waitForTimeout(300);
      // the time of the keystroke, taken in the page when the input event fires
      await page.evaluate(() => {
        const w = window as unknown as { __rescore?: unknown; __inputAt?: number };
        w.__rescore = undefined;
        w.__inputAt = undefined;
        document.addEventListener('input', () => (w.__inputAt = performance.now()), { capture: true, once: true });
      });
      await fill(page, ['levels', 1, 'band', 'min'], v);
      await page.waitForFunction(() => (window as unknown as { __rescore?: unknown }).__rescore !== undefined, undefined, { timeout: 60_000 });
      const run = await page.evaluate(() => {
        const w = window as unknown as { __rescore: { scoreMs: number; workerMs: number; sentAt: number; receivedAt: number; shownAt: number }; __inputAt: number };
        const r = w.__rescore;
        return {
          scoreMs: r.scoreMs,
          workerMs: r.workerMs,
          roundTripMs: r.receivedAt - r.sentAt,
          beforeMs: r.sentAt - w.__inputAt,
          afterMs: r.shownAt - r.receivedAt,
          keystrokeMs: r.shownAt - w.__inputAt,
        };
      });
      runs.push(run);
    }
    const median = (k: keyof (typeof runs)[number]) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[runs.length >> 1]!;
    const range = (k: keyof (typeof runs)[number]) => `${Math.round(Math.min(...runs.map((r) => r[k])))}–${Math.round(Math.max(...runs.map((r) => r[k])))}`;
    const browser = h.browser.version();
    console.log(
      `[perf] re-score of 10,000 subjects after an edit (${runs.length} edits, Chromium ${browser}): ` +
        `core scoring ${Math.round(median('scoreMs'))} ms (${range('scoreMs')}), ` +
        `worker ${Math.round(median('workerMs'))} ms (${range('workerMs')}), ` +
        `round trip ${Math.round(median('roundTripMs'))} ms (${range('roundTripMs')}), ` +
        `keystroke to posting ${Math.round(median('beforeMs'))} ms (${range('beforeMs')}), ` +
        `answer to rendered ${Math.round(median('afterMs'))} ms (${range('afterMs')}), ` +
        `keystroke to result rendered ${Math.round(median('keystrokeMs'))} ms (${range('keystrokeMs')}) — medians (min–max)`,
    );
    expect(runs).toHaveLength(10);
    // every edit's answer arrived and was shown
    await expect(page.getByTestId('rescore-status').textContent()).resolves.toContain('10000');
  });
});

describe('exporting while the cohort is re-scored', () => {
  it('one click waits for the running re-score and exports its results', async () => {
    await page.getByRole('tab', { name: '批量模拟' }).click();
    await page.locator('[data-testid="rescore-status"]:not(.pending)').waitFor();
    const before = await distribution();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    // the edit and the click in one task of the page, so the click certainly lands while the
    // re-score of the 10,000 subjects runs (four stars now from 89 points instead of 87)
    await page.evaluate(() => {
      const input = document.getElementById('f-levels.1.band.min') as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '89');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      [...document.querySelectorAll('button')].find((b) => b.textContent === '导出 CSV')!.click();
    });
    const csv = Papa.parse<string[]>(readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
    await page.locator('[data-testid="rescore-status"]:not(.pending)').waitFor();
    const after = await distribution();
    expect(after).not.toEqual(before);
    // the file holds the new scoring: its levels add up to the distribution after the edit
    const exported: Record<string, number> = {};
    for (const row of csv.slice(1)) exported[row[4]!] = (exported[row[4]!] ?? 0) + 1;
    expect(csv).toHaveLength(10_001);
    expect(exported).toEqual(Object.fromEntries(Object.entries(after).filter(([, n]) => n > 0)));
    await expect(page.getByTestId('export-waiting').count()).resolves.toBe(0);
  });
});
