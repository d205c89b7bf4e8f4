import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export type Lang = 'zh' | 'en';
export const LANG_KEY = 'rubricate.editor.lang';

/** The saved language, Chinese by default (the users are Chinese policy staff). */
export function savedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Initialise i18next with both resource bundles; switching language needs no loading. */
export function initI18n(lang: Lang = savedLang()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'zh',
      resources: { zh: { translation: zh }, en: { translation: en } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}

/** Pick the text of a `{ zh, en }` value in the UI language, falling back to Chinese. */
export function pick(text: { zh?: string; en?: string } | undefined, lang: string): string {
  if (!text) return '';
  return (lang === 'en' ? text.en || text.zh : text.zh || text.en) ?? '';
}
