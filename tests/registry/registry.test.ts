import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { validateRubric } from '@rubricate/core';
import { planRubricPackage } from '@rubricate/pack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type Registry } from './verdaccio.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'packages/core');
const ANYANG = join(ROOT, 'docs/fixtures/anyang-2017-star-rating.json');
const EXAMPLES = join(ROOT, 'docs/fixtures/anyang-2017-star-rating.examples.json');
const COHORT = join(ROOT, 'docs/fixtures/anyang-2017-star-rating.cohort.json');
const TSC = join(ROOT, 'packages/pack/node_modules/typescript/bin/tsc');

const work = mkdtempSync(join(tmpdir(), 'rubricate-registry-'));
let registry: Registry;
/** A user config of our own, so nothing from ~/.npmrc (or its registry) is used. */
const userconfig = join(work, 'npmrc');
const started = Date.now();

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args, '--registry', registry.url, '--userconfig', userconfig, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    env: { ...process.env, npm_config_cache: join(work, 'npm-cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

interface Example {
  name: string;
  subject: { id: string };
  expected: { score: number; level: string | null };
}

beforeAll(async () => {
  registry = await startRegistry(join(work, 'registry'));
  const host = registry.url.replace(/^http:/, '');
  writeFileSync(userconfig, `registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  console.log(`registry round trip: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('publish to a local registry, install, score', () => {
  let rubricPackage: string;

  it('publishes the built @rubricate/core', async () => {
    await run('pnpm', ['--filter', '@rubricate/core', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    await npm(['publish'], CORE);
    const info = JSON.parse(await npm(['view', '@rubricate/core', '--json'], work)) as { name: string; version: string };
    expect(info.name).toBe('@rubricate/core');
  }, 600_000);

  it('publishes the packed Anyang rubric', async () => {
    const checked = validateRubric(JSON.parse(readFileSync(ANYANG, 'utf8')));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const plan = planRubricPackage(checked.rubric, { scope: '@demo' });
    const dir = join(work, 'rubric-package');
    mkdirSync(dir);
    for (const [file, text] of Object.entries(plan.files)) writeFileSync(join(dir, file), text);
    await npm(['publish'], dir);
    rubricPackage = plan.name;
    const info = JSON.parse(await npm(['view', plan.name, '--json'], work)) as { rubricate: { hash: string } };
    expect(info.rubricate.hash).toBe(plan.hash);
  }, 120_000);

  it('installs both in a fresh folder and scores the worked examples (ESM and CJS)', async () => {
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    await npm(['install', '@rubricate/core', rubricPackage], app);

    const esm = `
import { readFileSync } from 'node:fs';
import { evaluateSubject, prepareRubric } from '@rubricate/core';
import { rubric, hash } from '${rubricPackage}';
const prepared = prepareRubric(rubric);
const examples = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = examples.map((e) => {
  const r = evaluateSubject(prepared, e.subject);
  return r.ok ? { id: e.subject.id, score: r.result.score, level: r.result.level, hash: r.result.rubric.hash } : { id: e.subject.id, errors: r.errors };
});
console.log(JSON.stringify({ hash, out }));
`;
    writeFileSync(join(app, 'score.mjs'), esm);
    writeFileSync(join(app, 'score.cjs'), esm.replace(/^import \{ readFileSync \} from 'node:fs';$/m, "const { readFileSync } = require('node:fs');").replace(/^import \{ (.*) \} from '(.*)';$/gm, "const { $1 } = require('$2');"));

    const examples = (JSON.parse(readFileSync(EXAMPLES, 'utf8')) as Example[]).filter((e) => e.expected && 'score' in e.expected);
    expect(examples.length).toBeGreaterThan(0);
    for (const script of ['score.mjs', 'score.cjs']) {
      const { stdout } = await run(process.execPath, [script, EXAMPLES], { cwd: app });
      const { hash, out } = JSON.parse(stdout) as { hash: string; out: { id: string; score?: number; level?: string | null; hash?: string }[] };
      for (const example of examples) {
        const got = out.find((o) => o.id === example.subject.id);
        expect(got, `${script} ${example.name}`).toMatchObject({ score: example.expected.score, level: example.expected.level, hash });
      }
    }
  }, 300_000);

  it("scores with the package's compiled scorer (ESM): the core's results, and its cohort scorer", async () => {
    const app = join(work, 'app');
    writeFileSync(
      join(app, 'compiled.mjs'),
      `import { readFileSync } from 'node:fs';
import { createCohortScorer, createLeanScorer, prepareRubric } from '@rubricate/core';
import { rubric } from '${rubricPackage}';
import { createScorer, createCohortScorer as createCompiledCohort } from '${rubricPackage}/scorer';
const prepared = prepareRubric(rubric);
const score = createScorer(prepared);
const lean = createLeanScorer(prepared);
const subjects = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pairs = subjects.map((s) => {
  const a = score(s);
  const b = lean(s);
  return [Array.isArray(a) ? a : [a.scoreUnits, a.level], Array.isArray(b) ? b : [b.scoreUnits, b.level]];
});
const decide = (create) => {
  const c = create(prepared, { expected: subjects.length });
  subjects.forEach((s, i) => c.add(s, i));
  const d = c.finish();
  return { distribution: d.distribution, quotas: d.quotas, errors: d.errors };
};
console.log(JSON.stringify({ pairs, compiled: decide(createCompiledCohort), core: decide(createCohortScorer) }));
`,
    );
    const { stdout } = await run(process.execPath, ['compiled.mjs', COHORT], { cwd: app });
    const { pairs, compiled, core } = JSON.parse(stdout) as { pairs: [unknown, unknown][]; compiled: unknown; core: unknown };
    expect(pairs.length).toBeGreaterThan(10);
    for (const [a, b] of pairs) expect(a).toEqual(b);
    expect(compiled).toEqual(core);
  }, 120_000);

  it('type-checks a consumer against the installed declarations', async () => {
    const app = join(work, 'app');
    writeFileSync(
      join(app, 'check.ts'),
      `import { prepareRubric, evaluateSubject, type Rubric } from '@rubricate/core';
import { rubric, type Subject } from '${rubricPackage}';
import { createScorer } from '${rubricPackage}/scorer';
const asRubric: Rubric = rubric;
const scored = createScorer(prepareRubric(asRubric))({ id: 'S', facts: {} });
export const units: number | null = Array.isArray(scored) ? null : scored.scoreUnits;
const subject: Subject = { id: 'S', facts: { a1: 9, a2: 9, a3: 9, a4: 9, a5: 9, a6: 9, a7: 9, a8: 9, a9: 9, a10: 9, satisfaction: 0.9 } };
const evaluation = evaluateSubject(prepareRubric(asRubric), subject);
export const level: string | null = evaluation.ok ? evaluation.result.level : null;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] },
        files: ['check.ts'],
      }),
    );
    await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app }).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed:\n${error.stdout ?? String(error)}`);
    });
  }, 120_000);
});
