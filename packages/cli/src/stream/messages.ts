import type { Lang } from '../i18n/lang.js';
import type { Bilingual } from '../i18n/text.js';

/** The texts of streaming, NDJSON and worker options, in Chinese and English. */
export const STREAM_TEXT = {
  optFormatScore: {
    zh: '输出格式：table（默认）、json、csv 或 ndjson（每行一个评分结果，最后一行为汇总）',
    en: 'output format: table (default), json, csv or ndjson (one result a line, then a summary line)',
  },
  optStream: {
    zh: '流式读取评分对象文件（NDJSON/JSONL、CSV 或 JSON 数组），内存占用有上限（csv 输出读一遍，ndjson 输出读两遍）：auto（默认，文件大于 1 MB 时）、always 或 never；仅用于 csv 和 ndjson 输出',
    en: 'read the subjects file (NDJSON/JSONL, CSV or a JSON array) as a stream with bounded memory (one pass for csv output, two for ndjson): auto (default, files over 1 MB), always or never; for csv and ndjson output',
  },
  optWorkers: {
    zh: '流式读取 NDJSON 或 CSV 时用于评分的工作线程数（默认 1）',
    en: 'worker threads that score the subjects when streaming NDJSON or CSV (default 1)',
  },
  argSubjects: {
    zh: '评分对象文件（JSON、NDJSON/JSONL 或 CSV）',
    en: 'the subjects file (JSON, NDJSON/JSONL or CSV)',
  },
  ndjsonSyntax: (line: number, reason: string): Bilingual => ({
    zh: `第 ${line} 行不是有效的 JSON：${reason}`,
    en: `line ${line} is not valid JSON: ${reason}`,
  }),
} as const;

export function streamText(key: 'optFormatScore' | 'optStream' | 'optWorkers' | 'argSubjects', lang: Lang): string {
  return STREAM_TEXT[key][lang];
}
