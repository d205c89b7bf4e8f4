import { compileCommand } from './compile.js';
import { diffCommand } from './diff.js';
import { explainCommand } from './explain.js';
import { lintCommand } from './lint.js';
import { packCommand } from './pack.js';
import { scoreCommand } from './score.js';
import { command, type CommandModule } from './types.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

/**
 * Every `rubricate` command, in the order help lists them. A new command is one file in this folder
 * exporting a {@link CommandModule}, added here; the program, the help and docs/reference/cli.md
 * pick it up from this list.
 */
export const commands: readonly CommandModule[] = [
  command(validateCommand),
  command(lintCommand),
  command(scoreCommand),
  command(explainCommand),
  command(diffCommand),
  command(verifyCommand),
  command(packCommand),
  command(compileCommand),
];
