import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, formTab, openApp, screenshotDir, start, type Harness, openFixture } from './harness';

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

describe('versions and the printed scoring table', () => {
  it('shows the main editing screen', async () => {
    await formTab(page, '指标');
    await page.screenshot({ path: `${screenshotDir}editor-main.png` });
  });

  it('bumps the version with a change note and compares two versions in words', async () => {
    await page.getByRole('tab', { name: '版本', exact: true }).click();
    await page.getByLabel('次版本号（新增内容）').check();
    await page.getByLabel('修改说明（中文） *').fill('五星级门槛调整为92分');
    await page.getByRole('button', { name: /^升级为 v1\.1\.0/ }).click();
    await page.getByTestId('current-version').filter({ hasText: 'v1.1.0' }).waitFor();
    await expect(page.locator('.changelog li').first().textContent()).resolves.toContain('五星级门槛调整为92分');

    await page.getByRole('tab', { name: '编辑', exact: true }).click();
    await formTab(page, '等次');
    await fill(page, ['levels', 0, 'band', 'min'], 92);
    await fill(page, ['levels', 1, 'band', 'max'], 92);
    await page.getByRole('tab', { name: '版本', exact: true }).click();
    await page.getByTestId('compare-a').selectOption('1.1.0');
    await page.getByTestId('compare-b').selectOption('__current__');
    const diff = page.getByTestId('diff');
    await diff.waitFor();
    await expect(diff.textContent()).resolves.toMatch(/五星级/);
    await expect(diff.locator('li').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}editor-versions.png` });
  });

  it('prints the official scoring table on A4', async () => {
    await page.getByRole('tab', { name: '评分细则表', exact: true }).click();
    await expect(page.locator('.print-area h1').textContent()).resolves.toBe('安阳市直机关基层服务型党组织星级评定');
    await expect(page.locator('.print-area table.official').first().locator('tbody tr').count()).resolves.toBe(10);
    await page.screenshot({ path: `${screenshotDir}editor-scoring-table.png` });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });
});
