import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, field, fill, formTab, jsonDoc, jsonText, openApp, screenshotDir, start, type Harness } from './harness';
import type { Page } from 'playwright-core';

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

const ASPECTS = [
  ['organisation', '组织健全'],
  ['rules', '制度完善、落实'],
  ['bastion', '党组织战斗堡垒作用强'],
  ['vanguard', '党员模范带头作用好'],
  ['service', '服务形式多样、服务对象满意度高'],
  ['leadership', '党建引领作用明显，群团工作扎实有效'],
  ['discipline', '遵章守纪好'],
  ['facilities', '设施配套齐全'],
  ['execution', '落实上级工作坚决、及时、质量高'],
  ['grassroots', '服务意识强、群众基础牢'],
] as const;

const LEVELS = [
  ['five-star', '五星级', 90, undefined],
  ['four-star', '四星级', 80, 90],
  ['three-star', '三星级', 70, 80],
  ['two-star', '二星级', 60, 70],
  ['one-star', '一星级', 50, 60],
  ['none', '不定星级', undefined, 50],
] as const;

async function addItem(name: string) {
  await page.getByRole('button', { name: `＋ 添加${name}`, exact: true }).last().click();
}

async function addFact(i: number, id: string, zh: string, type: string, opts: { min?: number; max?: number; step?: number; def?: number; required?: boolean }) {
  await addItem('录入事项');
  await fill(page, ['facts', i, 'id'], id);
  await choose(page, ['facts', i, 'type'], type);
  await fill(page, ['facts', i, 'label', 'zh'], zh);
  if (opts.min !== undefined) await fill(page, ['facts', i, 'min'], opts.min);
  if (opts.max !== undefined) await fill(page, ['facts', i, 'max'], opts.max);
  if (opts.step !== undefined) await fill(page, ['facts', i, 'step'], opts.step);
  if (opts.def !== undefined) await fill(page, ['facts', i, 'default'], opts.def);
  if (opts.required) await field(page, ['facts', i, 'required']).check();
}

describe('authoring the Anyang rubric from a blank page with the form alone', () => {
  it('builds identity, facts, indicators, levels, gates, an adjustment and quotas while the JSON follows', async () => {
    await fill(page, ['id'], 'anyang-2017-star-rating');
    await fill(page, ['version'], '1.0.0');
    await fill(page, ['title', 'zh'], '安阳市直机关基层服务型党组织星级评定');
    await fill(page, ['title', 'en'], 'Anyang city-direct organs: star rating');
    expect((await jsonDoc(page)).id).toBe('anyang-2017-star-rating');

    await formTab(page, '录入事项');
    for (let i = 0; i < 10; i += 1) await addFact(i, `a${i + 1}`, ASPECTS[i]![1], 'number', { min: 0, max: 10, step: 0.5, required: true });
    await addFact(10, 'satisfaction', '民主评议满意率', 'number', { min: 0, max: 1 , required: true });
    await addFact(11, 'absences', '无故缺席次数', 'integer', { min: 0, def: 0 });
    const afterFacts = await jsonDoc(page);
    expect((afterFacts.facts as { id: string }[]).map((f) => f.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'satisfaction', 'absences']);
    expect((afterFacts.facts as unknown[])[0]).toEqual({ id: 'a1', type: 'number', label: { zh: '组织健全' }, min: 0, max: 10, step: 0.5, required: true });

    await formTab(page, '指标');
    await addItem('部分');
    await fill(page, ['sections', 0, 'id'], 'aspects');
    await fill(page, ['sections', 0, 'label', 'zh'], '星级评定参考内容');
    for (let i = 0; i < 10; i += 1) {
      await addItem('指标');
      const p = ['sections', 0, 'indicators', i];
      await fill(page, [...p, 'id'], ASPECTS[i]![0]);
      await fill(page, [...p, 'label', 'zh'], ASPECTS[i]![1]);
      await choose(page, [...p, 'points', 'fact'], `a${i + 1}`);
      await fill(page, [...p, 'clause', 'ref'], `四(一)${i + 1}`);
    }
    const ind = ((await jsonDoc(page)).sections as { indicators: unknown[] }[])[0]!.indicators;
    expect(ind).toHaveLength(10);
    expect(ind[9]).toEqual({ id: 'grassroots', label: { zh: '服务意识强、群众基础牢' }, max: 10, points: { kind: 'direct', fact: 'a10' }, clause: { ref: '四(一)10' } });

    await formTab(page, '等次');
    for (let i = 0; i < LEVELS.length; i += 1) {
      const [id, zh, min, max] = LEVELS[i]!;
      await addItem('等次');
      await fill(page, ['levels', i, 'id'], id);
      await fill(page, ['levels', i, 'label', 'zh'], zh);
      if (min !== undefined) await fill(page, ['levels', i, 'band', 'min'], min);
      if (max !== undefined) await fill(page, ['levels', i, 'band', 'max'], max);
    }
    await expect(page.locator('.ruler-summary').textContent()).resolves.toContain('没有空档');
    // a literal reading of "80—89分" leaves a gap the ruler shows
    await fill(page, ['levels', 1, 'band', 'max'], 89);
    await expect(page.getByTestId('ruler-gap').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.ruler-summary').textContent()).resolves.toContain('[89, 90)');
    await fill(page, ['levels', 1, 'band', 'max'], 90);
    await expect(page.getByTestId('ruler-gap').count()).resolves.toBe(0);

    await formTab(page, '限定条件');
    await addItem('限定条件');
    await fill(page, ['gates', 0, 'id'], 'satisfaction-veto');
    await fill(page, ['gates', 0, 'label', 'zh'], '满意率低于50%不定星级');
    await choose(page, ['gates', 0, 'effect', 'kind'], 'veto');
    await choose(page, ['gates', 0, 'effect', 'level'], 'none');
    await choose(page, ['gates', 0, 'when', 'all', 0, 'fact'], 'satisfaction');
    await choose(page, ['gates', 0, 'when', 'all', 0, 'operator'], 'lessThan');
    await fill(page, ['gates', 0, 'when', 'all', 0, 'value'], '0.5');
    await addItem('限定条件');
    await fill(page, ['gates', 1, 'id'], 'absences-not-five');
    await fill(page, ['gates', 1, 'label', 'zh'], '缺席累计3次及以上不得定为五星级');
    await choose(page, ['gates', 1, 'effect', 'kind'], 'cap');
    await choose(page, ['gates', 1, 'effect', 'level'], 'four-star');
    await choose(page, ['gates', 1, 'when', 'all', 0, 'fact'], 'absences');
    await choose(page, ['gates', 1, 'when', 'all', 0, 'operator'], 'greaterThanInclusive');
    await fill(page, ['gates', 1, 'when', 'all', 0, 'value'], '3');
    // the condition builder turns the group into a single test
    await choose(page, ['gates', 1, 'when', '$kind'], 'fact');
    const gates = (await jsonDoc(page)).gates as unknown[];
    expect(gates[0]).toEqual({
      id: 'satisfaction-veto',
      label: { zh: '满意率低于50%不定星级' },
      when: { all: [{ fact: 'satisfaction', operator: 'lessThan', value: 0.5 }] },
      effect: { kind: 'veto', level: 'none' },
    });
    expect((gates[1] as { when: unknown }).when).toEqual({ fact: 'absences', operator: 'greaterThanInclusive', value: 3 });

    await formTab(page, '加减分');
    await addItem('加减分项');
    await fill(page, ['adjustments', 0, 'id'], 'absence-deduction');
    await fill(page, ['adjustments', 0, 'label', 'zh'], '无故缺席每次扣3分');
    await choose(page, ['adjustments', 0, 'fact'], 'absences');
    await fill(page, ['adjustments', 0, 'points'], -3);

    await formTab(page, '比例与排名');
    await addItem('比例限制');
    await fill(page, ['quotas', 0, 'id'], 'five-star-cap');
    await fill(page, ['quotas', 0, 'label', 'zh'], '五星级不超过总数的10%');
    await addItem('比例限制');
    await fill(page, ['quotas', 1, 'id'], 'one-star-floor');
    await fill(page, ['quotas', 1, 'label', 'zh'], '一星级及以下不低于总数的10%');
    await choose(page, ['quotas', 1, 'kind'], 'atLeast');
    await page.locator('[data-path="quotas.1.levels"]').getByText('一星级', { exact: false }).click();
    await page.locator('[data-path="quotas.1.levels"]').getByText('不定星级', { exact: false }).click();
    await page.locator('[data-path="quotas.1.levels"]').getByText('五星级', { exact: false }).click();

    const doc = await jsonDoc(page);
    expect(doc.quotas).toEqual([
      { id: 'five-star-cap', label: { zh: '五星级不超过总数的10%' }, levels: ['five-star'], kind: 'atMost', percent: 10 },
      { id: 'one-star-floor', label: { zh: '一星级及以下不低于总数的10%' }, levels: ['one-star', 'none'], kind: 'atLeast', percent: 10 },
    ]);
    expect(doc.adjustments).toEqual([{ id: 'absence-deduction', kind: 'perCount', label: { zh: '无故缺席每次扣3分' }, fact: 'absences', points: -3 }]);
    await expect(page.getByTestId('problem-counts').textContent()).resolves.toMatch(/^0 个错误/);
  });

  it('reorders indicators by keyboard and by dragging', async () => {
    await formTab(page, '指标');
    const ids = async () => (((await jsonDoc(page)).sections as { indicators: { id: string }[] }[])[0]!.indicators.map((i) => i.id));
    const handle = page.getByRole('button', { name: /^拖动或用键盘移动：指标 2：/ });
    await handle.focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect((await ids()).slice(0, 2)).toEqual(['rules', 'organisation']);
    await page.getByRole('button', { name: /^下移 指标 1：/ }).click();
    expect((await ids()).slice(0, 2)).toEqual(['organisation', 'rules']);
    // drag the second indicator above the first
    await page.getByRole('button', { name: /^拖动或用键盘移动：指标 1：/ }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const from = await page.getByRole('button', { name: /^拖动或用键盘移动：指标 2：/ }).boundingBox();
    const to = await page.getByRole('button', { name: /^拖动或用键盘移动：指标 1：/ }).boundingBox();
    await page.mouse.move(from!.x + 5, from!.y + 5);
    await page.mouse.down();
    await page.mouse.move(from!.x + 5, from!.y - 10, { steps: 5 });
    await page.mouse.move(to!.x + 5, to!.y - 5, { steps: 15 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect((await ids()).slice(0, 3)).toEqual(['rules', 'organisation', 'bastion']);
    await page.keyboard.press('Control+Z');
    expect((await ids()).slice(0, 3)).toEqual(['organisation', 'rules', 'bastion']);
  });

  it('scores a subject on the Try it tab and shows the trace', async () => {
    await page.getByRole('tab', { name: '试算' }).click();
    for (let i = 1; i <= 10; i += 1) await page.locator(`#try-a${i}`).fill(i <= 5 ? '9.5' : '9');
    await page.locator('#try-satisfaction').fill('0.9');
    await expect(page.getByTestId('try-score').textContent()).resolves.toBe('92.5');
    await expect(page.getByTestId('try-level').textContent()).resolves.toBe('五星级');
    await page.locator('#try-absences').fill('3');
    await expect(page.getByTestId('try-score').textContent()).resolves.toBe('83.5');
    await expect(page.getByTestId('try-level').textContent()).resolves.toBe('四星级');
    const trace = page.locator('table.trace tbody tr');
    expect(await trace.count()).toBeGreaterThanOrEqual(12);
    await expect(page.locator('table.trace').textContent()).resolves.toContain('absence-deduction');
    await page.locator('#try-satisfaction').fill('0.4');
    await expect(page.getByTestId('try-level').textContent()).resolves.toBe('不定星级');
    await expect(page.locator('table.trace').textContent()).resolves.toContain('satisfaction-veto');
    await page.screenshot({ path: `${screenshotDir}editor-try-it.png` });
  });

  it('the built rubric is the JSON the view shows', async () => {
    await page.getByRole('tab', { name: '编辑' }).click();
    const text = await jsonText(page);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    await formTab(page, '等次');
    await page.screenshot({ path: `${screenshotDir}editor-levels.png` });
  });
});
