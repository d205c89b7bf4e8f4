import { Option } from 'commander';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { messages, say } from '../i18n/messages.js';
import { CliFailure } from '../io/failure.js';
import { ENCODINGS, type Encoding } from '../io/read-text.js';
import { ExitCode } from '../io/types.js';

/** `--lang zh|en`, shared by every command. */
export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', messages(lang).optLang);
}

/** `--format <format>` with the choices shown in the description. */
export function formatOption(description: string): Option {
  return new Option('--format <format>', description);
}

/** `--encoding auto|utf8|gbk` for subject files. */
export function encodingOption(lang: Lang): Option {
  return new Option('--encoding <encoding>', messages(lang).optEncoding);
}

/**
 * Checks an option against its allowed values. Commander's own `.choices()` would report in
 * English only, so the check is here, with the message in both languages.
 */
export function choice<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const text = String(value);
  const lower = text.toLowerCase();
  const found = allowed.find((a) => a === lower);
  if (found === undefined) throw new CliFailure(ExitCode.usage, [say('invalidChoice', option, text, allowed)]);
  return found;
}

/** The `--lang` value (already checked by the program before parsing, checked again for direct callers). */
export function langArg(value: unknown): Lang {
  if (value === undefined) return DEFAULT_LANG;
  const lower = String(value).toLowerCase();
  if (!isLang(lower)) throw new CliFailure(ExitCode.usage, [say('invalidLang', String(value))]);
  return lower;
}

export function encodingArg(value: unknown): Encoding {
  return choice('--encoding', value, ENCODINGS, 'auto');
}
