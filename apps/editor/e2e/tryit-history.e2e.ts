import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, openFixture, start, type Harness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await start();
  page = await openApp(h, 'zh');
  // the member points rubric: two red years running start the step-by-step exit
  await openFixture(page, 'member-points-colour-warning');
  await page.getByRole('tab', { name: '试算' }).click();
});
afterAll(async () => {
  await page?.context().close();
  await h?.stop();
});

const history = () => page.getByTestId('try-history');
const outcomes = () => page.locator('.tryit-result ul.outcomes li');
const historySteps = () => page.locator('table.trace tbody tr.trace-history');

describe('earlier periods in the Try it form', () => {
  it('a red year now and a red year before starts the exit procedure; a yellow year before does not', async () => {
    await page.getByRole('combobox', { name: /^类别/ }).selectOption('employed');
    // no check-ins at all: red this year
    for (const id of ['orgLifeCheckIns', 'trainingCheckIns', 'volunteerCheckIns']) await page.locator(`#try-${id}`).fill('0');
    await expect(page.getByTestId('try-level').textContent()).resolves.toBe('红色预警');
    await expect(outcomes().count()).resolves.toBe(0);
    await expect(historySteps().count()).resolves.toBe(0);

    await history().getByRole('button', { name: '＋ 添加往期' }).click();
    await history().getByRole('textbox', { name: '期别' }).fill('2024');
    await history().getByRole('combobox', { name: /^等次/ }).selectOption('red');
    await expect(outcomes().first().textContent()).resolves.toBe('连续两年红色预警，启动分步退出程序');
    await expect(historySteps().count()).resolves.toBe(1);
    await expect(historySteps().first().textContent()).resolves.toContain('step-exit');

    // the earlier year was yellow: not two reds running
    await history().getByRole('combobox', { name: /^等次/ }).selectOption('yellow');
    await expect(outcomes().count()).resolves.toBe(0);
    await expect(historySteps().count()).resolves.toBe(0);

    // and a year cleared of its period is not counted
    await history().getByRole('combobox', { name: /^等次/ }).selectOption('red');
    await expect(outcomes().count()).resolves.toBe(1);
    await history().getByRole('textbox', { name: '期别' }).fill('');
    await expect(outcomes().count()).resolves.toBe(0);
  });
});
