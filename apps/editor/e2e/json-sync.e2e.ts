import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, fill, jsonDoc, jsonText, openApp, pasteJson, screenshotDir, start, type Harness, openFixture } from './harness';

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

const replaceJson = (text: string) => pasteJson(page, text);

describe('form and JSON stay in step, with one history', () => {
  it('a JSON edit shows up in the form', async () => {
    const doc = await jsonDoc(page);
    await replaceJson(JSON.stringify({ ...doc, id: 'from-json', title: { zh: '由 JSON 修改', en: 'Edited as JSON' } }, null, 2));
    await expect(field(page, ['id']).inputValue()).resolves.toBe('from-json');
    await expect(field(page, ['title', 'zh']).inputValue()).resolves.toBe('由 JSON 修改');
  });

  it('undo and redo cross both views, from Monaco keys and from the toolbar', async () => {
    await fill(page, ['id'], 'from-form');
    expect((await jsonDoc(page)).id).toBe('from-form');
    // Ctrl+Z inside Monaco undoes the form edit
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Z');
    await expect(field(page, ['id']).inputValue()).resolves.toBe('from-json');
    expect((await jsonDoc(page)).id).toBe('from-json');
    // the toolbar undoes the JSON edit
    await page.getByTestId('undo').click();
    await expect(field(page, ['id']).inputValue()).resolves.toBe('new-rubric');
    // Ctrl+Shift+Z in the form redoes it
    await field(page, ['version']).click();
    await page.keyboard.press('Control+Shift+Z');
    await expect(field(page, ['id']).inputValue()).resolves.toBe('from-json');
    await page.getByTestId('redo').click();
    await expect(field(page, ['id']).inputValue()).resolves.toBe('from-form');
  });

  it('invalid JSON never destroys the last valid rubric', async () => {
    const before = await jsonDoc(page);
    await replaceJson('{\n  "id": "broken",\n  "title": \n}');
    // the problem shows once Monaco has handed the text over (isVisible would not wait for it)
    await page.getByTestId('syntax-problem').waitFor();
    await expect(page.getByTestId('syntax-problem').textContent()).resolves.toContain('第 4 行');
    // the form still shows the last valid rubric
    await expect(field(page, ['id']).inputValue()).resolves.toBe(before.id);
    await page.screenshot({ path: `${screenshotDir}editor-invalid-json.png` });
    // editing in the form rewrites the JSON from the last valid rubric
    await fill(page, ['version'], '0.2.0');
    await expect(page.getByTestId('syntax-problem').count()).resolves.toBe(0);
    expect(await jsonDoc(page)).toEqual({ ...before, version: '0.2.0' });
    // and undo brings the broken text back, still without losing the rubric
    await page.getByTestId('undo').click();
    expect(await jsonText(page)).toContain('"broken"');
    await expect(field(page, ['id']).inputValue()).resolves.toBe(before.id);
  });

  it('the JSON view checks against the rubric schema and offers completion', async () => {
    await page.getByTestId('redo').click();
    const doc = await jsonDoc(page);
    await replaceJson(JSON.stringify({ ...doc, levels: 'five stars' }, null, 2));
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    // completion inside the top-level object proposes the model's fields (after a pause, so this
    // edit is its own undo step rather than a continuation of the last one)
    await page.waitForTimeout(1000);
    await replaceJson('{\n  \n}');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.monaco-editor .suggest-widget');
    await suggest.waitFor({ timeout: 30_000 });
    await expect(suggest.textContent()).resolves.toMatch(/adjustments|schemaVersion/);
    await page.keyboard.press('Escape');
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    expect((await jsonDoc(page)).levels).toEqual(doc.levels);
  });

  it('a problem leads to its field in the form and its place in the JSON', async () => {
    // there are unsaved changes, so the editor asks first
    page.once('dialog', (d) => void d.accept());
    await openFixture(page, 'anyang-2017-star-rating');
    // break a reference: an indicator naming an undeclared fact
    const doc = await jsonDoc(page);
    const sections = doc.sections as { indicators: { points: { fact: string } }[] }[];
    sections[0]!.indicators[2]!.points.fact = 'nope';
    await replaceJson(JSON.stringify(doc, null, 2));
    const problem = page.locator('.problem.error button').first();
    await expect(problem.textContent()).resolves.toContain('nope');
    await page.getByRole('tab', { name: '基本信息', exact: true }).click();
    await problem.click();
    await expect(page.getByRole('tab', { name: '指标', exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-path') === 'sections.0.indicators.2.points.fact');
    // the JSON view selects the same place
    await expect(page.locator('.monaco-editor .selected-text').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshotDir}editor-problems.png` });
  });
});
