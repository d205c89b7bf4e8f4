import type { Lang } from '../i18n/lang.js';
import type { Bilingual } from '../i18n/text.js';

/** The texts of streaming, NDJSON and worker options, in Chinese and English. */
export const STREAM_TEXT = {
  optFormatScore: {
    zh: '输出格式：table（默认）、json、csv 或 ndjson（每行一个评分结果，最后一行为汇总）',
    en: 'output format: table (default), json, csv or ndjson (one result a line, then a summary line)',
  },
  optStream: {
    zh: '分两遍流式读取评分对象文件（NDJSON/JSONL 或 CSV），内存占用有上限：auto（默认，文件大于 16 MB 时）、always 或 never；仅用于 csv 和 ndjson 输出',
    en: 'read the subjects file (NDJSON/JSONL or CSV) as a stream in two passes with bounded memory: auto (default, files over 16 MB), always or never; for csv and ndjson output',
  },
  optWorkers: {
    zh: '第一遍评分使用的工作线程数（默认 1）；仅在流式读取且对象较多时生效',
    en: 'worker threads for the first (scoring) pass (default 1); used when streaming a large cohort',
  },
  argSubjects: {
    zh: '评分对象文件（JSON、NDJSON/JSONL 或 CSV）',
    en: 'subjects file (JSON, NDJSON/JSONL or CSV)',
  },
  ndjsonSyntax: (line: number, reason: string): Bilingual => ({
    zh: `第 ${line} 行不是有效的 JSON：${reason}`,
    en: `line ${line} is not valid JSON: ${reason}`,
  }),
  notUtf8: (path: string): Bilingual => ({
    zh: `${path} 不是 UTF-8 编码；流式读取只支持 UTF-8，请用 --stream never 或先转换编码`,
    en: `${path} is not UTF-8; streaming reads UTF-8 only: use --stream never or convert the file`,
  }),
} as const;

export function streamText(key: 'optFormatScore' | 'optStream' | 'optWorkers' | 'argSubjects', lang: Lang): string {
  return STREAM_TEXT[key][lang];
}
