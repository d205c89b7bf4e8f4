import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { formTab, openApp, openFixture, pasteJson, jsonText, start, type Harness } from './harness';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is and returns the serious and critical violations, readably. */
async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}${v.nodes.length > 5 ? ` … ${v.nodes.length} nodes` : ''}`);
}

const TEXT = { zh, en } as const;

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.stop();
});

describe.each(['zh', 'en'] as const)('accessibility audit (axe-core) in %s: no serious or critical violations', (lang) => {
  const L = TEXT[lang].app.tabs;
  const parts = TEXT[lang].form.tabs;
  let page: Page;
  beforeAll(async () => {
    page = await openApp(h, lang);
    await openFixture(page, 'anyang-2017-star-rating');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the authoring form (every part), the JSON view and the problems', async () => {
    await page.getByRole('tab', { name: L.edit, exact: true }).click();
    for (const tab of Object.values(parts)) {
      await formTab(page, tab);
      expect.soft(await audit(page), tab).toEqual([]);
    }
  });

  it('the problems panel with problems in it, and a JSON syntax error', async () => {
    // a band beyond the scale is a problem the panel lists
    await formTab(page, parts.levels);
    await page.locator('[id="f-levels.0.band.min"]').fill('200');
    await page.locator('.problems li').first().waitFor();
    expect.soft(await audit(page)).toEqual([]);
    await page.getByTestId('undo').click();
    const text = await jsonText(page);
    await pasteJson(page, text.slice(0, -3));
    await page.getByTestId('syntax-problem').waitFor();
    expect.soft(await audit(page), 'syntax error').toEqual([]);
    await pasteJson(page, text);
    await page.getByTestId('syntax-problem').waitFor({ state: 'detached' });
  });

  it('Try it', async () => {
    await page.getByRole('tab', { name: L.try, exact: true }).click();
    await page.getByTestId('try-score').waitFor();
    expect.soft(await audit(page)).toEqual([]);
  });

  it('the cohort view with results and a trace', async () => {
    await page.getByRole('tab', { name: L.cohort, exact: true }).click();
    await page.getByTestId('sample-size').fill('300');
    await page.getByTestId('make-sample').click();
    await page.locator('table.results tbody tr').first().waitFor();
    await page.locator('table.results tbody tr button').first().click();
    await page.getByTestId('cohort-trace').waitFor();
    expect.soft(await audit(page)).toEqual([]);
  });

  it('versions, with a bump in the change log and two versions compared', async () => {
    await page.getByRole('tab', { name: L.versions, exact: true }).click();
    await page.locator('.versions input[lang="zh-CN"]').fill('门槛调整');
    await page.locator('.versions .row button').first().click();
    await page.locator('.changelog li').first().waitFor();
    await page.getByTestId('compare-a').selectOption({ index: 1 });
    await page.getByTestId('compare-b').selectOption('__current__');
    await page.getByTestId('diff').waitFor();
    expect.soft(await audit(page)).toEqual([]);
  });

  it('the printed scoring table', async () => {
    await page.getByRole('tab', { name: L.print, exact: true }).click();
    await page.locator('.print-area table').first().waitFor();
    expect.soft(await audit(page)).toEqual([]);
  });
});

describe('keyboard only', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openApp(h, 'zh');
    await openFixture(page, 'anyang-2017-star-rating');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  /** Presses Tab until the focused element's accessible label matches, as a keyboard user would. */
  async function tabTo(label: RegExp, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
      if (label.test(focused)) return;
    }
    throw new Error(`${label} not reached with Tab`);
  }
  const indicatorIds = async () => ((JSON.parse(await jsonText(page)) as { sections: { indicators: { id: string }[] }[] }).sections[0]!.indicators.map((i) => i.id));
  const announced = () => page.evaluate(() => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((e) => e.textContent).join(' '));

  it('reaches the indicators with Tab and arrows, and reorders one with Space, arrows and Space', async () => {
    const before = await indicatorIds();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // the form's parts are a tablist: Tab to the selected part, then arrows to 指标
    await tabTo(/^基本信息$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: '指标', selected: true }).waitFor();
    await tabTo(/^拖动或用键盘移动：指标 1：/);
    await page.keyboard.press('Space');
    // picked up (announced, then at once: over its own place)
    await expect.poll(announced).toMatch(/(已拿起|移到)第 1 项/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toContain('移到第 2 项的位置');
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toContain('移到第 3 项的位置');
    await page.keyboard.press('Space');
    await expect.poll(announced).toContain('已放到第 3 项的位置');
    expect(await indicatorIds()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // the focus stays on the moved item's handle, at its new place
    await expect.poll(focused).toMatch(/^拖动或用键盘移动：指标 3：/);
    // picked up and put back with Escape: nothing moves
    const moved = await indicatorIds();
    await page.keyboard.press('Space');
    await expect.poll(announced).toMatch(/(已拿起|移到)第 3 项/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toContain('移到第 4 项的位置');
    await page.keyboard.press('Escape');
    await expect.poll(announced).toContain('已取消移动');
    expect(await indicatorIds()).toEqual(moved);
    // Alt+↑ moves it straight away, and the focus follows it
    await expect.poll(focused).toMatch(/^拖动或用键盘移动：指标 3：/);
    await page.keyboard.press('Alt+ArrowUp');
    expect(await indicatorIds()).toEqual([before[1], before[0], before[2], ...before.slice(3)]);
    expect(await focused()).toMatch(/^拖动或用键盘移动：指标 2：/);
    await page.keyboard.press('Control+Z');
    expect(await indicatorIds()).toEqual(moved);
    // and one more undo, from the keyboard, puts the first move back
    await page.keyboard.press('Control+Z');
    expect(await indicatorIds()).toEqual(before);
  });
});
