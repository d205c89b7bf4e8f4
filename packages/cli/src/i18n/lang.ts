/** The languages of every message, help text and table the CLI prints. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The language used when neither `--lang` nor `RUBRICATE_LANG` says otherwise. */
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/**
 * Finds the language before commander parses anything, so that help and argument errors are
 * already in it: `--lang xx` or `--lang=xx` anywhere in argv, else `RUBRICATE_LANG`, else Chinese.
 * `LANG` is deliberately not consulted: office servers often run an en_US locale for Chinese users.
 * An unknown value is returned as `invalid` so the caller can report it.
 */
export function scanLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang | { invalid: string } {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  const value = found ?? env.RUBRICATE_LANG;
  if (value === undefined || value === '') return DEFAULT_LANG;
  const lower = value.toLowerCase();
  if (isLang(lower)) return lower;
  return { invalid: value };
}
