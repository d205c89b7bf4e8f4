import { describe, expect, it } from 'vitest';
import { scanLang } from '../src/i18n/lang.js';
import { messages } from '../src/i18n/messages.js';

describe('scanLang', () => {
  it('takes --lang anywhere, then RUBRICATE_LANG, then Chinese', () => {
    expect(scanLang(['score', 'a', 'b', '--lang', 'en'], {})).toBe('en');
    expect(scanLang(['--lang=EN', 'validate'], {})).toBe('en');
    expect(scanLang(['validate', 'x'], { RUBRICATE_LANG: 'en' })).toBe('en');
    expect(scanLang(['validate', 'x', '--lang', 'zh'], { RUBRICATE_LANG: 'en' })).toBe('zh');
    expect(scanLang(['validate', 'x'], { LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(scanLang(['--lang', 'fr'], {})).toEqual({ invalid: 'fr' });
    expect(scanLang(['--', '--lang', 'en'], {})).toBe('zh');
  });
});

describe('messages', () => {
  it('has the same keys, each non-empty, in Chinese and English', () => {
    const zh = messages('zh');
    const en = messages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(typeof en[key]).toBe(typeof zh[key]);
      if (typeof zh[key] === 'string') expect((zh[key] as string).length, key).toBeGreaterThan(0);
    }
  });
});
