import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { ReportedError } from '../subjects/types.js';

/** Where a subject error is: "第 7 行 satisfaction 列" for CSV, "评分对象 A01 的 facts.a1" for JSON. */
export function errorWhere(error: ReportedError, lang: Lang): string {
  const m = messages(lang);
  if (error.row !== undefined) {
    const subject = error.id === null ? '' : lang === 'zh' ? `（${error.id}）` : ` (${error.id})`;
    const place = error.column !== undefined ? m.cellAt(error.row, error.column) : lang === 'zh' ? `第 ${error.row} 行` : `row ${error.row}`;
    return place + subject;
  }
  const subject = m.subjectAt(error.id, error.index);
  if (error.path === '') return subject;
  return lang === 'zh' ? `${subject} 的 ${error.path}` : `${subject}, ${error.path}`;
}

/** One line for one subject error, in `lang`. */
export function errorLine(error: ReportedError, lang: Lang): string {
  return `${errorWhere(error, lang)}${lang === 'zh' ? '：' : ': '}${error.message[lang]}`;
}
