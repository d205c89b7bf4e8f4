/** Paths to the repository's Anyang rubric fixture and the CLI entry. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const ANYANG_RUBRIC_PATH = join(REPO_ROOT, 'docs/fixtures/anyang-2017-star-rating.json');
export const CORE_SRC = join(REPO_ROOT, 'packages/core/src');
export const CLI_BIN = join(REPO_ROOT, 'packages/cli/bin/rubricate.js');

export function loadAnyangRubric(): unknown {
  if (!existsSync(ANYANG_RUBRIC_PATH)) throw new Error(`missing ${ANYANG_RUBRIC_PATH}`);
  return JSON.parse(readFileSync(ANYANG_RUBRIC_PATH, 'utf8'));
}
