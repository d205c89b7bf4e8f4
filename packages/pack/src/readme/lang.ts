import type { Message } from '@rubricate/core';

export type Lang = 'zh' | 'en';

/** Picks one language of a localised text; English falls back to Chinese. */
export function pick(text: { zh: string; en?: string | undefined } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'zh' ? text.zh : (text.en ?? text.zh);
}

/** Picks one language of a message. */
export function say(message: Message, lang: Lang): string {
  return message[lang];
}
