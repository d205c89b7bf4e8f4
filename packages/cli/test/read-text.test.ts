import { describe, expect, it } from 'vitest';
import { CliFailure } from '../src/io/failure.js';
import { decodeText, readText } from '../src/io/read-text.js';
import { memoryIo } from './helpers.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
// "编号,满意率" in GBK, as Excel on a Chinese Windows saves a CSV.
const GBK = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc2, 0xfa, 0xd2, 0xe2, 0xc2, 0xca]);

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('id,满意率')]);
    expect(decodeText(bytes, 'x.csv', 'auto')).toEqual({ text: 'id,满意率' });
    expect(decodeText(bytes, 'x.csv', 'utf8')).toEqual({ text: 'id,满意率' });
  });

  it('reads a file that is not UTF-8 as GBK/GB18030 with a notice, when auto', () => {
    const file = decodeText(GBK, 'x.csv', 'auto');
    expect(file.text).toBe('编号,满意率');
    expect(file.notice?.zh).toContain('已按 GBK/GB18030 读取');
    expect(file.notice?.en).toContain('GBK/GB18030');
  });

  it('refuses such a file when utf8 is asked for, and decodes GBK without a notice when gbk is', () => {
    expect(() => decodeText(GBK, 'x.csv', 'utf8')).toThrow(CliFailure);
    expect(decodeText(GBK, 'x.csv', 'gbk')).toEqual({ text: '编号,满意率' });
  });
});

describe('readText', () => {
  it('reports a missing file with exit code 2, naming it', async () => {
    const error = await readText(memoryIo(), '/no/such/file.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliFailure);
    expect((error as CliFailure).exitCode).toBe(2);
    expect((error as CliFailure).messages[0]).toEqual({ zh: '找不到文件：/no/such/file.json', en: 'file not found: /no/such/file.json' });
  });
});
