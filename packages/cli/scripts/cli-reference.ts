/**
 * Writes docs/reference/cli.md from the commander definitions.
 * Run: pnpm --filter @rubricate/cli cli-reference
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_REFERENCE_PATH, renderCliReference } from '../src/reference.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const target = join(root, CLI_REFERENCE_PATH);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, renderCliReference());
process.stdout.write(`wrote ${CLI_REFERENCE_PATH}\n`);
