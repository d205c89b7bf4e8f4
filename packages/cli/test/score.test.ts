import { readFile } from 'node:fs/promises';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run, type ScoreArgs } from '../src/commands/score.js';
import { fixture, memoryIo } from './helpers.js';

const args = (subjects: string, extra: Partial<ScoreArgs> = {}): ScoreArgs => ({
  rubric: fixture('mini-star.json'),
  subjects,
  format: 'json',
  lang: 'zh',
  encoding: 'auto',
  ...extra,
});

interface Report {
  rubric: { id: string; version: string; hash: string };
  results: { id: string; score: number; level: string | null; bandLevel: string | null; levelBeforeQuota: string | null; levelLabel: string; rubric?: unknown }[];
  errors: { id: string | null; path: string; message: string; code: string; row?: number; column?: string }[];
  distribution: { level: string | null; count: number }[];
  quotas: { id: string; moved: string[]; before: number; after: number; limit: number }[];
  ranks: { id: string; subjects: string[] }[];
}

async function score(subjects: string, extra: Partial<ScoreArgs> = {}) {
  const io = memoryIo();
  const code = await run(args(subjects, extra), io);
  return { code, io };
}

/** What the mini rubric gives each subject of the sample cohort (worked out by hand from its rules). */
const EXPECTED: [string, number, string, string][] = [
  ['s01', 99.5, 'five', 'five'], // 94.5 + province commendation 5
  ['s02', 93, 'five', 'four'], // five by score, moved down by the 10% five-star quota
  ['s03', 76, 'three', 'three'], // 82 − 2 criticisms × 3
  ['s04', 80, 'four', 'four'], // 70 + (3 + 8, the bonus group capped at 10): exactly on the four-star bound
  ['s05', 90, 'five', 'four'], // election overdue: at most four stars
  ['s06', 80, 'four', 'three'], // three absences: one level lower
  ['s07', 50, 'one', 'one'], // 55 − 5 for satisfaction below 60%
  ['s08', 80, 'four', 'none'], // satisfaction below 50%: no star
  ['s09', 40, 'none', 'none'],
  ['s10', 80, 'four', 'four'],
];

describe('score --format json', () => {
  it('prints one document: rubric, results with numeric scores, errors, distribution, quotas; exit 0', async () => {
    const { code, io } = await score(fixture('cohort.json'));
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(io.out()) as Report;
    expect(report.rubric).toMatchObject({ id: 'mini-star', version: '1.0.0' });
    expect(report.rubric.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.results.map((r) => [r.id, r.score, r.bandLevel, r.level])).toEqual(EXPECTED);
    expect(report.results[0]!.levelLabel).toBe('五星级');
    expect(report.results[0]!.rubric).toBeUndefined();
    expect(report.errors).toEqual([]);
    expect(report.quotas[0]).toMatchObject({ id: 'fiveStarCap', limit: 1, before: 2, after: 1, moved: ['s02'] });
    expect(report.ranks[0]).toMatchObject({ id: 'lagging', subjects: ['s09'] });
    const counts = Object.fromEntries(report.distribution.map((d) => [d.level ?? 'null', d.count]));
    expect(counts).toMatchObject({ five: 1, four: 4, three: 2, one: 1, none: 2 });
  });

  it('scores a CSV cohort exactly as the same cohort in JSON', async () => {
    const fromJson = await score(fixture('cohort.json'));
    const fromCsv = await score(fixture('cohort.csv'));
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.io.out()).toBe(fromJson.io.out());
  });

  it('gives byte-identical output whatever the order of the subjects', async () => {
    const subjects = JSON.parse(await readFile(fixture('cohort.json'), 'utf8')) as unknown[];
    const reversed = memoryIo({ 'reversed.json': JSON.stringify([...subjects].reverse()) });
    await run(args('reversed.json'), reversed);
    const { io } = await score(fixture('cohort.json'));
    expect(reversed.out()).toBe(io.out());
  });

  it('reports bad subjects with row and column, scores the rest, exit 3', async () => {
    const { code, io } = await score(fixture('cohort-errors.csv'));
    expect(code).toBe(3);
    const report = JSON.parse(io.out()) as Report;
    expect(report.results.map((r) => [r.id, r.score])).toEqual([
      ['ok1', 94],
      ['ok2', 80],
    ]);
    expect(report.errors.map((e) => [e.id, e.row, e.column, e.path])).toEqual([
      ['e01', 2, 'satisfaction', 'facts.satisfaction'],
      ['e02', 3, 'electionOverdue', 'facts.electionOverdue'],
      ['e03', 4, 'commended', 'facts.commended'],
      ['e04', 5, 'satisfaction', 'facts.satisfaction'],
      [null, 8, 'id', 'id'],
      ['e05', 9, 'service', 'facts.service'],
    ]);
    for (const error of report.errors) expect(error.message).toMatch(/\p{Script=Han}/u);
    // The quota base is the subjects scored, not the rows of the file.
    expect(report.distribution.reduce((n, d) => n + d.count, 0)).toBe(2);
  });

  it('names undeclared facts and bad subjects in a JSON cohort, in English with --lang en', async () => {
    const io = memoryIo({
      'c.json': JSON.stringify([
        { id: 'a', category: 'rural', facts: { org: 30, rules: 20, service: 20, satisfaction: 80, colour: 'red' } },
        { id: 'b', category: 'rural', facts: { org: 30, rules: 20, service: 20, satisfaction: 80 } },
        'not a subject',
      ]),
    });
    expect(await run(args('c.json', { lang: 'en' }), io)).toBe(3);
    const report = JSON.parse(io.out()) as Report;
    expect(report.results.map((r) => r.id)).toEqual(['b']);
    expect(report.errors[0]).toMatchObject({ id: 'a', path: 'facts.colour' });
    expect(report.errors[0]!.message).not.toMatch(/\p{Script=Han}/u);
    expect(report.errors[1]).toMatchObject({ id: null });
  });
});

describe('score --format csv', () => {
  it('prints one row per subject and the errors on standard error', async () => {
    const { code, io } = await score(fixture('cohort-errors.csv'), { format: 'csv' });
    expect(code).toBe(3);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toBe('id,category,score,level,level_label,band_level,flags,outcomes');
    // Two subjects scored: 10% of 2 allows no five-star subject, so ok1 is moved down.
    expect(lines[1]).toBe('ok1,rural,94,four,四星级,five,,');
    expect(lines[2]).toBe('ok2,rural,80,four,四星级,four,,lagging'); // the bottom 10% of 2, rounded up
    const errors = io.err().trimEnd().split('\n');
    expect(errors).toHaveLength(6);
    expect(errors[0]).toBe('错误：第 2 行 satisfaction 列（e01）：“九十”不是数字（请写十进制数字，如 92.5）');
    expect(errors[4]).toMatch(/^错误：第 8 行 id 列：/);
  });

  it('writes --out with a byte-order mark so Excel reads it as UTF-8', async () => {
    const { code, io } = await score(fixture('cohort.csv'), { format: 'csv', out: 'result.csv' });
    expect(code).toBe(0);
    expect(io.out()).toBe('');
    const written = io.written.get('result.csv') as string;
    expect(written.startsWith('\uFEFFid,category,score')).toBe(true);
    expect(written).toContain('s02,rural,93,four,四星级,five,');
  });

  it('exits 2 when --out cannot be written', async () => {
    const { code, io } = await score(fixture('cohort.csv'), { out: '/nonexistent/dir/out.json' });
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^错误：无法写入文件 \/nonexistent\/dir\/out\.json/);
  });
});

describe('score --format table', () => {
  it('aligns a table with Chinese labels, then the distribution and the quota report', async () => {
    const { code, io } = await score(fixture('cohort.json'), { format: 'table' });
    expect(code).toBe(0);
    const text = io.out();
    expect(text).toContain('评分结果（10 个对象）');
    expect(text).toContain('五星级');
    expect(text).toContain('等次分布');
    expect(text).toContain('比例限制');
    expect(text).toContain('五星级不超过10%');
    expect(text).toContain('相对后进');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('编号'));
    const resultLines = lines.slice(header + 2, header + 12);
    // The level column starts at the same display column on every row (CJK counted as two).
    const levelStart = (line: string) => {
      const match = /(五星级|四星级|三星级|一星级|不定星级)/.exec(line)!;
      return stringWidth(line.slice(0, match.index));
    };
    const starts = new Set(resultLines.map(levelStart));
    expect(starts.size).toBe(1);
    expect(stringWidth(lines[header]!.slice(0, lines[header]!.indexOf('等次')))).toBe([...starts][0]);
  });

  it('uses English labels with --lang en, and lists the subjects not scored', async () => {
    const { code, io } = await score(fixture('cohort-errors.csv'), { format: 'table', lang: 'en' });
    expect(code).toBe(3);
    expect(io.out()).toContain('Five stars');
    expect(io.out()).toContain('Subjects not scored (6)');
    expect(io.out()).toContain('row 2, column satisfaction (e01)');
    expect(io.out()).toMatch(/2 scored, 6 with errors\n$/);
  });
});

describe('score: files and arguments', () => {
  it('exits 1 for an invalid rubric, listing its problems', async () => {
    const io = memoryIo({ 'r.json': '{"schemaVersion": 1}' });
    expect(await run(args(fixture('cohort.json'), { rubric: 'r.json' }), io)).toBe(1);
    expect(io.err()).toMatch(/评分细则无效/);
    expect(io.out()).toBe('');
  });

  it('exits 2 for a missing subjects file, a JSON syntax error, or a JSON value that is not an array', async () => {
    const missing = await score('/no/such/cohort.csv');
    expect(missing.code).toBe(2);
    expect(missing.io.err()).toBe('错误：找不到文件：/no/such/cohort.csv\n');

    const io = memoryIo({ 'broken.json': '[\n  {"id": "a",}\n]', 'object.json': '{"id": "a"}' });
    expect(await run(args('broken.json'), io)).toBe(2);
    expect(io.err()).toMatch(/^错误：broken\.json:2:\d+：/);
    expect(await run(args('object.json'), io)).toBe(2);
    expect(io.err()).toContain('应是一个数组');
  });

  it('exits 2 for an unknown CSV column, naming it', async () => {
    const io = memoryIo({ 'c.csv': 'id,org,colour\na,1,red\n' });
    expect(await run(args('c.csv', { lang: 'en' }), io)).toBe(2);
    expect(io.err()).toMatch(/^error: unknown column "colour"/);
  });

  it('reads a GBK-encoded CSV, with a notice', async () => {
    // "是" and "否" in GBK, as Excel on a Chinese Windows saves them.
    const header = new TextEncoder().encode('id,category,org,rules,service,satisfaction,electionOverdue\na,rural,30,20,20,80,');
    const bytes = new Uint8Array([...header, 0xca, 0xc7, ...new TextEncoder().encode('\nb,rural,30,20,20,80,'), 0xb7, 0xf1, 0x0a]);
    const io = memoryIo({ 'gbk.csv': bytes });
    expect(await run(args('gbk.csv'), io)).toBe(0);
    expect(io.err()).toBe('提示：文件 gbk.csv 不是 UTF-8 编码，已按 GBK/GB18030 读取\n');
    expect((JSON.parse(io.out()) as Report).results).toHaveLength(2);
  });
});

describe('score: a CSV with Chinese column names', () => {
  it('locates the core’s errors under the column as written', async () => {
    const io = memoryIo({ 'c.csv': '编号,类别,组织健全得分,制度落实得分,服务群众得分,群众满意率（%）\nA,rural,30,20,20,120\nB,rural,30,20,20,90\n' });
    expect(await run(args('c.csv'), io)).toBe(3);
    const report = JSON.parse(io.out()) as Report;
    expect(report.results.map((r) => [r.id, r.score])).toEqual([['B', 70]]);
    expect(report.errors).toMatchObject([{ id: 'A', row: 2, column: '群众满意率（%）', path: 'facts.satisfaction' }]);
  });
});
