import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText, openApp, start, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.stop();
});

describe('editor loads offline', () => {
  it('shows the Chinese UI, the JSON view and the blank rubric', async () => {
    const page = await openApp(h, 'zh');
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(h.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) external.push(r.url());
    });
    await expect(page.getByRole('heading', { name: '评分细则编辑器' }).isVisible()).resolves.toBe(true);
    const text = await jsonText(page);
    expect(JSON.parse(text).id).toBe('new-rubric');
    await page.reload();
    await page.waitForSelector('.monaco-editor');
    expect(external).toEqual([]);
    await page.context().close();
  });
});
