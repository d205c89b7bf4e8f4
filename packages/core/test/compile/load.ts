import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileScorerSource } from '../../src/compile/index.js';
import type { CompiledScorer } from '../../src/compile/index.js';
import type { PreparedRubric } from '../../src/evaluate/prepare.js';
import type { CohortScorer, CohortScorerOptions } from '../../src/cohort/cohort-scorer.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../.generated');
const runtime = resolve(here, '../../src/compile/index.ts');
let n = 0;

/** The module a publisher would ship, written to disk (tests only) and imported. */
export async function loadCompiled(prepared: PreparedRubric): Promise<CompiledModule> {
  const source = compileScorerSource(prepared, { runtime });
  mkdirSync(out, { recursive: true });
  const file = resolve(out, `${prepared.ref.id}-${process.pid}-${n++}.mjs`);
  writeFileSync(file, source);
  return { source, ...((await import(pathToFileURL(file).href)) as Omit<CompiledModule, "source">) };
}

/** What a generated module exports, and its source. */
export interface CompiledModule {
  source: string;
  rubric: { id: string; version: string; hash: string; format: number };
  createScorer(prepared: PreparedRubric): CompiledScorer;
  createCohortScorer(prepared: PreparedRubric, options?: CohortScorerOptions): CohortScorer;
}
