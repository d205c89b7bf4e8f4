import { resolve } from 'node:path';

/** The docs package root (docs/). */
export const DOCS = resolve(import.meta.dirname, '..');
/** The core's sources: the reference is generated from them, not from a build. */
export const CORE_SRC = resolve(DOCS, '../packages/core/src');
/** The fixtures the rubric pages are rendered from. */
export const FIXTURES = resolve(DOCS, 'fixtures');

/** The files `generate.ts` writes, relative to docs/, with what regenerates them. */
export const REGENERATE = 'pnpm --filter @rubricate/docs generate';
