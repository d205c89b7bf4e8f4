import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_REFERENCE_PATH, renderCliReference } from '../src/reference.js';
import { commands } from '../src/commands/index.js';

const committed = fileURLToPath(new URL(`../../../${CLI_REFERENCE_PATH}`, import.meta.url));

describe(CLI_REFERENCE_PATH, () => {
  it('is up to date with the commander definitions', async () => {
    const text = await readFile(committed, 'utf8').catch(() => '');
    expect(
      text === renderCliReference(),
      `${CLI_REFERENCE_PATH} is out of date: run \`pnpm --filter @rubricate/cli cli-reference\` and commit the result`,
    ).toBe(true);
  });

  it('documents every command and every option', () => {
    const text = renderCliReference();
    for (const command of commands) expect(text).toContain(`## rubricate ${command.name}`);
    for (const flag of ['--format <format>', '--lang <lang>', '--out <file>', '--id <id>', '--encoding <encoding>']) {
      expect(text).toContain(`\`${flag}\``);
    }
  });
});
