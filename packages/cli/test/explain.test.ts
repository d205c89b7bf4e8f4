import { describe, expect, it } from 'vitest';
import { run, type ExplainArgs } from '../src/commands/explain.js';
import { fixture, memoryIo } from './helpers.js';

const args = (id: string, extra: Partial<ExplainArgs> = {}): ExplainArgs => ({
  rubric: fixture('mini-star.json'),
  subjects: fixture('cohort.json'),
  id,
  lang: 'zh',
  format: 'text',
  encoding: 'auto',
  ...extra,
});

async function explain(id: string, extra: Partial<ExplainArgs> = {}) {
  const io = memoryIo();
  const code = await run(args(id, extra), io);
  return { code, io, text: io.out() };
}

describe('explain', () => {
  it('walks through indicators, bonuses with their clause, and the final level', async () => {
    const { code, text } = await explain('s01');
    expect(code).toBe(0);
    expect(text).toMatch(/^评分对象 s01 的评分说明\n/);
    expect(text).toContain('组织健全');
    expect(text).toMatch(/38 \/ 40/);
    expect(text).toMatch(/受到表彰 \(commendation\)\s+\+5/);
    expect(text).toContain('依据：二(1) “分别加3分、5分、8分，以最高的为准”');
    expect(text).toContain('总分：99.5');
    expect(text).toContain('授牌并奖补经费');
    expect(text).toMatch(/最终等次：五星级\n$/);
  });

  it('shows the quota move, which needs the whole cohort', async () => {
    const { text } = await explain('s02');
    expect(text).toContain('[比例]');
    expect(text).toMatch(/五星级 → 四星级/);
    expect(text).toContain('分数段等次：五星级');
    expect(text).toMatch(/最终等次：四星级\n$/);
  });

  it('shows gates: a cap, a demotion, a veto', async () => {
    expect((await explain('s05')).text).toMatch(/\[门槛\] 未按期换届不得评为五星级 \(electionCap\)\s+五星级 → 四星级/);
    expect((await explain('s06')).text).toMatch(/\[门槛\].*\(absenceDemotion\)\s+四星级 → 三星级/);
    expect((await explain('s08')).text).toMatch(/最终等次：不定星级\n$/);
  });

  it('shows deductions and the clause they cite, in English with --lang en', async () => {
    const { text } = await explain('s03', { lang: 'en' });
    expect(text).toMatch(/^How subject s03 was scored\n/);
    expect(text).toMatch(/Notified criticism \(criticism\)\s+−6/);
    expect(text).toContain('Clause: 三(1) "每次扣3分"');
    expect(text).toMatch(/Final level: Three stars\n$/);
  });

  it('records a soft gate lifted by an override', async () => {
    const io = memoryIo({
      'c.json': JSON.stringify([
        {
          id: 'x',
          category: 'rural',
          facts: { org: 36, rules: 27, service: 27, satisfaction: 96, electionOverdue: true },
          overrides: [{ gate: 'electionCap', reason: '经上级党组织批准延期换届' }],
        },
      ]),
    });
    expect(await run(args('x', { subjects: 'c.json' }), io)).toBe(0);
    expect(io.out()).toContain('[特许]');
    expect(io.out()).toContain('经上级党组织批准延期换届');
    // The cap did not apply; the level before quotas is the band's.
    expect(io.out()).not.toContain('门槛调整后等次');
    expect(io.out()).not.toMatch(/\[门槛\].*五星级 → 四星级/);
  });

  it('shows a bonus group cap and the clamp to the full score', async () => {
    expect((await explain('s04')).text).toMatch(/\[封顶\] 加分 \(bonus\)\s+−1\n\s+加分合计 11 分/);
    const io = memoryIo({
      'c.json': JSON.stringify([
        { id: 'top', category: 'rural', facts: { org: 40, rules: 30, service: 30, satisfaction: 99, commended: 'national' } },
      ]),
    });
    expect(await run(args('top', { subjects: 'c.json' }), io)).toBe(0);
    expect(io.out()).toContain('[分值范围]');
    expect(io.out()).toContain('总分：100（限定在分值范围前为 108）');
  });

  it('prints the subject\'s full result, trace included, with --format json', async () => {
    const { code, text } = await explain('s02', { format: 'json' });
    expect(code).toBe(0);
    const document = JSON.parse(text) as { rubric: { id: string }; result: { id: string; level: string; levelLabel: string; trace: { step: string }[] } };
    expect(document.rubric.id).toBe('mini-star');
    expect(document.result).toMatchObject({ id: 's02', level: 'four', levelLabel: '四星级' });
    expect(document.result.trace.map((t) => t.step)).toContain('quota');
  });

  it('exits 2 for an id that is not in the file', async () => {
    const { code, io } = await explain('nobody');
    expect(code).toBe(2);
    expect(io.err()).toBe(`错误：评分对象文件 ${fixture('cohort.json')} 中没有编号为“nobody”的对象\n`);
  });

  it('exits 3 with the errors of a subject that could not be scored', async () => {
    const { code, io } = await explain('e01', { subjects: fixture('cohort-errors.csv') });
    expect(code).toBe(3);
    expect(io.err()).toContain('评分对象 e01 有错误，无法评分');
    expect(io.err()).toContain('第 2 行 satisfaction 列');
  });
});
