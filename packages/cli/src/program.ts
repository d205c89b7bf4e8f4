import { Command, type HelpConfiguration } from 'commander';
import stringWidth from 'string-width';
import { commands } from './commands/index.js';
import { langOption } from './commands/options.js';
import type { Lang } from './i18n/lang.js';
import { messages } from './i18n/messages.js';
import { VERSION } from './version.js';

/** Help wraps at this width unless the terminal says otherwise, so generated docs are stable. */
export const DEFAULT_HELP_WIDTH = 100;

/** Commander's help, with section titles in `lang` and columns measured by display width. */
function helpConfiguration(lang: Lang, helpWidth: number): HelpConfiguration {
  const m = messages(lang);
  const titles: Record<string, string> = {
    'Usage:': m.helpTitleUsage,
    'Arguments:': m.helpTitleArguments,
    'Options:': m.helpTitleOptions,
    'Commands:': m.helpTitleCommands,
  };
  return {
    helpWidth,
    styleTitle: (title) => titles[title] ?? title,
    // Chinese descriptions are two columns per character; commander would count one.
    displayWidth: (text) => stringWidth(text),
  };
}

/**
 * The `rubricate` program as commander sees it: every command of `commands`, help in `lang`. It has
 * no actions; `main` attaches them, and the reference docs are generated from the same definitions.
 */
export function defineProgram(lang: Lang, helpWidth: number = DEFAULT_HELP_WIDTH): Command {
  const m = messages(lang);
  const program = new Command('rubricate')
    .description(m.programDescription)
    .version(VERSION, '-V, --version', m.versionOption)
    .helpOption('-h, --help', m.helpOption)
    .helpCommand('help [command]', m.helpCommand)
    .addOption(langOption(lang))
    .configureHelp(helpConfiguration(lang, helpWidth))
    .addHelpText('after', `\n${m.helpExitCodes}`);
  for (const module of commands) {
    const sub = module.define(lang);
    sub.copyInheritedSettings(program);
    program.addCommand(sub);
  }
  return program;
}
