import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const appDir = fileURLToPath(new URL('..', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../../../docs/public/screenshots/', import.meta.url));

/** Chromium as the tests run it: headless, no network of its own, no first-run noise. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Harness {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Serve the built app with `vite preview` on a free loopback port and launch Chromium.
 * `E2E_SERVER=dev` serves the sources with the dev server instead (no build; for working on tests).
 */
export async function start(): Promise<Harness> {
  const port = await freePort();
  const mode = process.env.E2E_SERVER === 'dev' ? [] : ['preview'];
  const server: ChildProcess = spawn('npx', ['vite', ...mode, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUBRICATE_NO_HMR: '1' },
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      if (server.pid) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}

/** A fresh page (own storage) with the UI language set before the app loads. */
export async function openApp(h: Harness, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', acceptDownloads: true });
  await context.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('rubricate.editor.lang', l);
      sessionStorage.setItem('e2e-init', '1');
    }
  }, lang);
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  await page.goto(h.url);
  await page.waitForSelector('.monaco-editor', { timeout: 60_000 });
  return page;
}

/** The JSON view's current text, read from Monaco's model. */
export async function jsonText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { __rubricateJson?: () => string };
    return w.__rubricateJson ? w.__rubricateJson() : '';
  });
}

/**
 * Replace the whole JSON text as a person pasting would: select all in Monaco, then a paste event
 * (typed text would be auto-indented and auto-closed by the editor).
 */
export async function pasteJson(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  // on a busy machine Monaco may take the focus a moment after the click: select all only then
  await page.waitForFunction(() => document.activeElement?.closest('.monaco-editor') != null);
  await page.keyboard.press('Control+A');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  // the whole text was replaced (not pasted beside a selection that had not been made)
  await page.waitForFunction((t) => (window as unknown as { __rubricateJson: () => string }).__rubricateJson() === t, text, { timeout: 10_000 });
}

/** The input editing `path` in the form (ids are `f-` + the JSON path joined by dots). */
export function field(page: Page, path: (string | number)[]) {
  return page.locator(`[id="f-${path.join('.')}"]`);
}

/** Type into the form field of `path` (replacing its content). */
export async function fill(page: Page, path: (string | number)[], value: string | number): Promise<void> {
  await field(page, path).fill(String(value));
}

/** Choose an option of the form's select for `path`. */
export async function choose(page: Page, path: (string | number)[], value: string): Promise<void> {
  await field(page, path).selectOption(value);
}

/** The rubric as the JSON view shows it, parsed. */
export async function jsonDoc(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await jsonText(page)) as Record<string, unknown>;
}

/** Open a tab of the form by its visible name. */
export async function formTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Starts from a fixture (the 从示例开始 menu) and waits until the JSON view holds it. */
export async function openFixture(page: Page, id: string): Promise<void> {
  await page.getByTestId('fixture-select').selectOption(id);
  await page.waitForFunction((fixture) => (window as unknown as { __rubricateJson: () => string }).__rubricateJson().includes(fixture), id);
}
