import { readFileSync } from 'node:fs';
import { rubricHash } from '@rubricate/core';
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLeanScorer, prepareRubric } from '@rubricate/core';
import { CORE_VERSION, packageName, PACKAGE_FILES, pascalCase, planRubricPackage, SCORER_FILES } from '../src/index.js';
import { anyang } from './fixtures.js';

describe('planRubricPackage', () => {
  const rubric = anyang();
  const plan = planRubricPackage(rubric, { scope: '@demo', license: 'CC-BY-4.0' });
  const pkg = JSON.parse(plan.files['package.json']!) as Record<string, any>;

  it('names and versions the package after the rubric', () => {
    expect(plan.name).toBe('@demo/rubric-anyang-2017-star-rating');
    expect(plan.version).toBe('1.0.0');
    expect(planRubricPackage(rubric).name).toBe('rubric-anyang-2017-star-rating');
    expect(Object.keys(plan.files).sort()).toEqual([...PACKAGE_FILES, ...SCORER_FILES].sort());
  });

  it('writes package.json with ESM, CJS and types, the rubric hash and core as a peer', () => {
    expect(pkg).toMatchObject({
      name: plan.name,
      version: '1.0.0',
      type: 'module',
      license: 'CC-BY-4.0',
      exports: {
        '.': {
          import: { types: './index.d.ts', default: './index.js' },
          require: { types: './index.d.cts', default: './index.cjs' },
        },
        './scorer': { types: './scorer.d.ts', import: './scorer.js' },
      },
      rubricate: { id: rubric.id, version: '1.0.0', hash: rubricHash(rubric) },
      peerDependencies: { '@rubricate/core': `^${CORE_VERSION}` },
    });
    expect(plan.hash).toBe(rubricHash(rubric));
  });

  it('ships rubric.json equal to the rubric, and entry points exporting it', async () => {
    expect(JSON.parse(plan.files['rubric.json']!)).toEqual(rubric);
    const esm = (await import(`data:text/javascript;base64,${Buffer.from(plan.files['index.js']!).toString('base64')}`)) as Record<string, unknown>;
    expect(esm['rubric']).toEqual(rubric);
    expect(esm['hash']).toBe(plan.hash);
    expect(Object.isFrozen((esm['rubric'] as { levels: object[] }).levels[0])).toBe(true);
    const cjsModule = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', plan.files['index.cjs']!)(cjsModule, cjsModule.exports);
    expect(cjsModule.exports['rubric']).toEqual(rubric);
    expect(cjsModule.exports['version']).toBe('1.0.0');
  });

  it('ships the scorer written ahead of time, with the core results', async () => {
    expect(pkg.files).toEqual(expect.arrayContaining([...SCORER_FILES]));
    // Written inside the package's tests so that its import of @rubricate/core/compile resolves as in an app.
    const dir = fileURLToPath(new URL('./.generated/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}scorer.js`, plan.files['scorer.js']!);
    const mod = (await import(pathToFileURL(`${dir}scorer.js`).href)) as { createScorer(p: unknown): (s: unknown) => { scoreUnits: number; level: number } };
    const prepared = prepareRubric(rubric);
    const score = mod.createScorer(prepared);
    const lean = createLeanScorer(prepared);
    const subjects = JSON.parse(readFileSync(new URL('../../../docs/fixtures/anyang-2017-star-rating.cohort.json', import.meta.url), 'utf8')) as unknown[];
    for (const s of subjects) {
      const a = score(s);
      const b = lean(s) as { scoreUnits: number; level: number };
      expect([a.scoreUnits, a.level]).toEqual([b.scoreUnits, b.level]);
    }
    expect(plan.files['scorer.d.ts']).toContain('export declare function createCohortScorer(prepared: PreparedRubric, options?: CohortScorerOptions): CohortScorer;');
  });

  it('keeps a "__proto__" key in rubric data an ordinary property', async () => {
    const hostile = anyang();
    const first = hostile.adjustments![0]!;
    if (first.kind !== 'tiered') throw new Error('fixture changed');
    first.tiers = JSON.parse('{"__proto__": 1, "city": 3}') as Record<string, number>;
    const files = planRubricPackage(hostile).files;
    const esm = (await import(`data:text/javascript;base64,${Buffer.from(files['index.js']!).toString('base64')}`)) as { rubric: typeof hostile };
    const tiers = (esm.rubric.adjustments![0] as { tiers: Record<string, number> }).tiers;
    expect(Object.getPrototypeOf(tiers)).toBe(Object.prototype);
    expect(Object.keys(tiers)).toEqual(['__proto__', 'city']);
  });

  it('generates the facts interface from the declarations, with JSDoc labels', () => {
    const dts = plan.files['index.d.ts']!;
    expect(dts).toContain('export interface Anyang2017StarRatingFacts {');
    expect(dts).toMatch(/\* 组织健全 — Sound organisation\n\s+\* 0 … 10, step 0\.5\n\s+\*\/\n\s+a1: number;/);
    expect(dts).toContain('commendations?: ("city" | "province" | "national")[];');
    expect(dts).toContain('export type Anyang2017StarRatingLevel = "five-star" | "four-star"');
    expect(plan.files['index.d.cts']).toBe(dts);
  });

  it('renders the scoring table in Chinese and English', () => {
    const readme = plan.files['README.md']!;
    expect(readme).toContain('## 评分表（中文）');
    expect(readme).toContain('## Scoring table (English)');
    expect(readme).toContain('| 组织健全 | 10 | 直接评分（组织健全） | 四(一)1 “1.组织健全” |');
    expect(readme).toContain('市级 3，省级 5，国家级 8（以最高的为准）');
    expect(readme).toContain('| 五星级 | ≥ 90 |');
    expect(readme).toContain('| 五星级不超过总数的10% | 五星级 | 不超过总数的 10% |');
    expect(readme).toContain('City 3, Province 5, National 8 (only the highest counts)');
    expect(readme).toContain(plan.hash);
  });

  it('writes CHANGELOG.md from the rubric changelog', () => {
    expect(plan.files['CHANGELOG.md']).toContain('## 1.0.0 (2017)');
    expect(plan.files['CHANGELOG.md']).toContain(rubric.changelog![0]!.note.zh);
  });

  it('is deterministic', () => {
    expect(planRubricPackage(anyang(), { scope: '@demo', license: 'CC-BY-4.0' })).toEqual(plan);
  });

  it('refuses an invalid scope, in both languages', () => {
    expect(() => packageName('x', '@Bad Scope')).toThrow(/npm 作用域无效.*Invalid npm scope/);
    expect(packageName('Anyang', 'org')).toBe('@org/rubric-anyang');
    expect(pascalCase('anyang-2017-star-rating')).toBe('Anyang2017StarRating');
  });

  it('asks for the core version of this release as a peer', () => {
    const core = JSON.parse(readFileSync(new URL('../../core/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CORE_VERSION).toBe(core.version);
  });
});

describe('the planned package, as publint sees it', { timeout: 60_000 }, () => {
  it('has no publint errors or warnings (strict)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { publint } = await import('publint');
    const dir = mkdtempSync(join(tmpdir(), 'rubric-publint-'));
    try {
      const plan = planRubricPackage(anyang(), { scope: '@demo', license: 'CC-BY-4.0' });
      for (const [file, text] of Object.entries(plan.files)) writeFileSync(join(dir, file), text);
      // Every planned file is published (package.json "files" lists them all), so no packing step.
      const { messages } = await publint({ pkgDir: dir, pack: false, strict: true, level: 'warning' });
      expect(messages).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README safety', () => {
  it('neutralises HTML, links, images and table breaks in rubric text', () => {
    const hostile = anyang();
    hostile.levels[0]!.label = { zh: '<img src=x onerror=alert(1)>![t](http://example.invalid/t.png)|x', en: '[click](javascript:alert(1))' };
    const readme = planRubricPackage(hostile).files['README.md']!;
    expect(readme).not.toContain('<img');
    expect(readme).not.toContain('![t](');
    expect(readme).not.toContain('[click](');
    expect(readme).toContain('&lt;img src=x onerror=alert(1)&gt;!\\[t\\](http://example.invalid/t.png)\\|x');
  });
});
