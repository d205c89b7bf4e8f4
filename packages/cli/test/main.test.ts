import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { VERSION } from '../src/version.js';
import { fixture, memoryIo } from './helpers.js';

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo();
  const code = await main(argv, io, { env });
  return { code, out: io.out(), err: io.err() };
}

describe('rubricate (main)', () => {
  it('prints help in Chinese by default, listing every command', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^用法： rubricate \[options\] \[command\]/);
    expect(out).toContain('命令：');
    expect(out).toContain('选项：');
    for (const name of ['validate', 'lint', 'score', 'explain']) expect(out).toContain(`  ${name} `);
    expect(out).toContain('校验评分细则文件');
    expect(out).toContain('退出码：');
  });

  it('prints help in English with --lang en or RUBRICATE_LANG=en', async () => {
    expect((await cli(['--lang', 'en', '--help'])).out).toMatch(/^Usage: rubricate/);
    expect((await cli(['--help'], { RUBRICATE_LANG: 'en' })).out).toContain('Check a rubric file');
  });

  it('prints per-command help with the CSV conventions', async () => {
    const zh = await cli(['score', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^用法： rubricate score \[options\] <rubric> <subjects>/);
    expect(zh.out).toContain('CSV 约定');
    expect(zh.out).toContain('city|province');
    const en = await cli(['help', 'score', '--lang', 'en']);
    expect(en.out).toContain('CSV conventions');
    expect(en.out).toContain('--format <format>');
  });

  it('aligns Chinese help by display width', async () => {
    const { out } = await cli(['score', '--help']);
    const options = out.split('\n').filter((l) => /^ {2}-/.test(l));
    const columns = new Set(options.map((l) => /^( {2}\S.*?\s{2,})\S/.exec(l)![1]!.length));
    expect(columns.size).toBe(1);
  });

  it('prints the version', async () => {
    const { code, out } = await cli(['--version']);
    expect(code).toBe(0);
    expect(out).toBe(`${VERSION}\n`);
  });

  it('exits 2 with help on standard error when given no command', async () => {
    const { code, err } = await cli([]);
    expect(code).toBe(2);
    expect(err).toContain('用法：');
  });

  it('reports argument errors in the chosen language, exit 2', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('错误：未知的命令“frobnicate”') });
    expect(await cli(['validate'])).toMatchObject({ code: 2, err: expect.stringContaining('错误：缺少参数 <rubric>') });
    const missing = await cli(['score', 'r.json', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('error: missing argument <subjects>') });
    expect(missing.err).toContain('Run rubricate score --help for usage.');
    expect(await cli(['validate', 'r.json', '--bogus'])).toMatchObject({ code: 2, err: expect.stringContaining('未知的选项 --bogus') });
    expect(await cli(['explain', 'r.json', 's.json'])).toMatchObject({ code: 2, err: expect.stringContaining('缺少必需的选项 --id') });
    expect(await cli(['validate', 'a', 'b'])).toMatchObject({ code: 2, err: expect.stringContaining('参数太多') });
    expect(await cli(['score', 'a', 'b', '--format', 'xml'])).toMatchObject({
      code: 2,
      err: '错误：选项 --format 的值“xml”无效，可选：table、json、csv、ndjson\n运行 rubricate score --help 查看用法。\n',
    });
  });

  it('refuses an unknown language in both languages', async () => {
    const { code, err } = await cli(['--lang', 'fr', 'validate', 'x']);
    expect(code).toBe(2);
    expect(err).toContain('不支持的语言“fr”');
    expect(err).toContain('unsupported language "fr"');
  });

  it('runs a command with the exit code of its run()', async () => {
    expect((await cli(['validate', fixture('mini-star.json')])).code).toBe(0);
    const scored = await cli(['score', fixture('mini-star.json'), fixture('cohort-errors.csv'), '--format', 'json']);
    expect(scored.code).toBe(3);
    expect(JSON.parse(scored.out)).toHaveProperty('errors');
  });
});
