import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, fill, formTab, jsonDoc, openApp, screenshotDir, start, type Harness, openFixture } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await start();
  page = await openApp(h, 'zh');
});
afterAll(async () => {
  await page?.context().close();
  await h?.stop();
});

/** Wait until the autosave has written the current revision to IndexedDB. */
async function draftSaved() {
  await page.waitForFunction(() => document.body.dataset.draftRevision !== undefined && Number(document.body.dataset.draftRevision) > 0);
}

describe('drafts are never lost', () => {
  it('a reload brings the draft back', async () => {
    await fill(page, ['id'], 'draft-rubric');
    await fill(page, ['title', 'zh'], '草稿中的细则');
    await draftSaved();
    // leaving with changes not saved to a file asks first
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.accept())));
    await page.reload();
    expect(await dialog).toBe('beforeunload');
    await page.waitForSelector('.monaco-editor');
    await expect(page.getByTestId('restored-banner').isVisible()).resolves.toBe(true);
    await expect(field(page, ['id']).inputValue()).resolves.toBe('draft-rubric');
    expect((await jsonDoc(page)).title).toEqual({ zh: '草稿中的细则', en: 'New rubric' });
  });

  it('opens and saves .json files', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存为 JSON 文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('draft-rubric-0.1.0.json');
    const saved = await file.path();
    await page.getByTestId('open-file').setInputFiles(saved!);
    // reading the file is asynchronous: wait for the editor to say it opened it
    await page.locator('.toolbar-message', { hasText: '已打开' }).waitFor();
    await expect(field(page, ['id']).inputValue()).resolves.toBe('draft-rubric');
  });
});

describe('Chinese by default, English one click away', () => {
  it('switches the UI and Monaco’s own messages', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('评分细则编辑器');
    // Monaco's find widget speaks Chinese
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+F');
    await expect(page.locator('.find-widget textarea, .find-widget input').first().getAttribute('aria-label')).resolves.toBe('查找');
    await page.keyboard.press('Escape');

    await fill(page, ['version'], '0.3.0');
    // the page reloads itself so Monaco loads its English messages; nothing is lost on the way
    await Promise.all([page.waitForEvent('load'), page.getByTestId('lang-switch').click()]);
    await page.waitForSelector('.monaco-editor');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rubric editor');
    await expect(page.getByRole('tab', { name: 'Levels', exact: true }).isVisible()).resolves.toBe(true);
    await expect(field(page, ['version']).inputValue()).resolves.toBe('0.3.0');
    // …not even the undo history
    await page.getByTestId('undo').click();
    await expect(field(page, ['version']).inputValue()).resolves.toBe('0.1.0');
    await page.getByTestId('redo').click();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+F');
    await expect(page.locator('.find-widget textarea, .find-widget input').first().getAttribute('aria-label')).resolves.toBe('Find');
    await page.keyboard.press('Escape');
    page.once('dialog', (d) => void d.accept());
    await openFixture(page, 'anyang-2017-star-rating');
    await formTab(page, 'Levels');
    await page.screenshot({ path: `${screenshotDir}editor-english.png` });

    // the choice is remembered
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.waitForSelector('.monaco-editor');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rubric editor');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('lang-switch').click()]);
    await page.waitForSelector('.monaco-editor');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('评分细则编辑器');
  });
});
