import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRubric, type Rubric } from '@rubricate/core';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { pascalCase, planRubricPackage } from '../src/index.js';

const FIXTURES = fileURLToPath(new URL('../../../docs/fixtures/', import.meta.url));

/** Every rubric fixture (a rubric file is `<id>.json`; cohorts and examples have a second suffix). */
const rubrics: [string, Rubric][] = readdirSync(FIXTURES)
  .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
  .map((f) => {
    const checked = validateRubric(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
    if (!checked.ok) throw new Error(`${f} is invalid: ${JSON.stringify(checked.issues[0])}`);
    return [f, checked.rubric];
  });

const dir = mkdtempSync(join(tmpdir(), 'rubric-fixtures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every rubric fixture packs', { timeout: 60_000 }, () => {
  it('finds the fixtures', () => {
    expect(rubrics.length).toBeGreaterThanOrEqual(5);
  });

  it('plans a package whose declarations type-check, with facts typed from the declarations', () => {
    const usage: string[] = [];
    for (const [, rubric] of rubrics) {
      const plan = planRubricPackage(rubric, { scope: '@demo' });
      const pkgDir = join(dir, 'node_modules', ...plan.name.split('/'));
      mkdirSync(pkgDir, { recursive: true });
      for (const [file, text] of Object.entries(plan.files)) writeFileSync(join(pkgDir, file), text);
      const name = pascalCase(rubric.id);
      usage.push(
        `import { rubric as r_${name}, type ${name}Facts, type ${name}Subject } from '${plan.name}';`,
        `export const id_${name}: ${JSON.stringify(rubric.id)} = r_${name}.id;`,
        `export type S_${name} = ${name}Subject['facts'] extends ${name}Facts ? true : never;`,
      );
    }
    writeFileSync(join(dir, 'usage.ts'), `${usage.join('\n')}\n`);
    const program = ts.createProgram([join(dir, 'usage.ts')], {
      strict: true,
      noEmit: true,
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  }, 120_000);

  it('renders every part of each rubric in both README tables', () => {
    for (const [file, rubric] of rubrics) {
      const readme = planRubricPackage(rubric).files['README.md']!;
      for (const level of rubric.levels) {
        expect(readme, file).toContain(`| ${level.label.zh} |`);
        expect(readme, file).toContain(`| ${level.label.en ?? level.label.zh} |`);
      }
      for (const gate of rubric.gates ?? []) expect(readme, file).toContain(gate.label.zh);
      for (const outcome of rubric.outcomes ?? []) expect(readme, file).toContain(outcome.label.zh);
      for (const quota of rubric.quotas ?? []) expect(readme, file).toContain(quota.label.zh);
    }
  });
});
