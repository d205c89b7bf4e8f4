import type { Lang } from './lang.js';

/** A `{ zh, en }` pair, as the core returns for every message. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Rubric text: Chinese is required, English optional. */
export interface RubricText {
  zh: string;
  en?: string | undefined;
}

/** Picks the text in `lang`; rubric text without English falls back to the Chinese. */
export function pick(text: RubricText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}
