import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { planRubricPackage } from '../src/index.js';
import { anyang } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rubric-dts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = planRubricPackage(anyang(), { scope: '@demo' });
const pkgDir = join(dir, 'node_modules', '@demo', 'rubric-anyang-2017-star-rating');
mkdirSync(pkgDir, { recursive: true });
for (const [file, text] of Object.entries(plan.files)) writeFileSync(join(pkgDir, file), text);
writeFileSync(join(dir, 'package.json'), '{ "name": "usage", "type": "module" }');

const USAGE = `
import { rubric, hash, id, version, type Facts, type Subject, type LevelId, type Anyang2017StarRatingFacts } from '@demo/rubric-anyang-2017-star-rating';

const facts: Anyang2017StarRatingFacts = {
  a1: 8, a2: 8, a3: 8, a4: 8, a5: 8, a6: 8, a7: 8, a8: 8, a9: 8, a10: 8.5,
  satisfaction: 0.92,
  commendations: ['city', 'national'],
  absences: 1,
};
const subject: Subject = { id: 'AY-900', facts };
const best: LevelId = rubric.levels[0].id;
const v: '1.0.0' = version;
const i: 'anyang-2017-star-rating' = id;
const h: string = hash;
const precision: 0.5 = rubric.scale.precision;
export const used = [subject, best, v, i, h, precision];

// @ts-expect-error a1 is a number
export const wrongType: Facts = { ...facts, a1: 'eight' };
// @ts-expect-error "county" is not an option
export const wrongOption: Facts = { ...facts, commendations: ['county'] };
// @ts-expect-error a required fact (a1 … a10, satisfaction) is missing
export const missing: Facts = { a2: 8 };
// @ts-expect-error not a level of this rubric
export const wrongLevel: LevelId = 'six-star';
`;

function typeCheck(files: Record<string, string>, options: ts.CompilerOptions): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((f) => join(dir, f)),
    { strict: true, noEmit: true, skipLibCheck: false, types: [], ...options },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('generated declarations', { timeout: 60_000 }, () => {
  it('compile against a usage file (ESM, NodeNext)', () => {
    expect(typeCheck({ 'usage.mts': USAGE }, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 })).toEqual([]);
  });

  it('compile against a usage file (CommonJS, NodeNext)', () => {
    const cjs = USAGE.replace(
      /^import \{.*\} from '(.*)';$/m,
      "import type { Facts, Subject, LevelId, Anyang2017StarRatingFacts } from '$1';\nimport pkg = require('$1');\nconst { rubric, hash, id, version } = pkg;",
    );
    expect(typeCheck({ 'usage.cts': cjs }, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 })).toEqual([]);
  });

  it('compile under bundler resolution', () => {
    expect(typeCheck({ 'usage.ts': USAGE }, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 })).toEqual([]);
  });

  it('reject a wrong fact (the checks above are live)', () => {
    const errors = typeCheck({ 'wrong.ts': `import type { Facts } from '@demo/rubric-anyang-2017-star-rating';\nexport const f: Facts = { a1: 'x' } as never as Facts & { a1: string };\nexport const g: Facts['commendations'] = ['county'];\n` }, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
    expect(errors.join('\n')).toContain('"county"');
  });
});
