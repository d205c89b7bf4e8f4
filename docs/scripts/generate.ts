/**
 * Writes the generated pages: the schema, API and rules references (committed, checked by
 * test/site/reference-sync.test.ts) and the rubric pages (rebuilt from docs/fixtures on every build).
 *
 *   pnpm --filter @rubricate/docs generate
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiMarkdown } from './api-markdown.js';
import { DOCS } from './paths.js';
import { rubricPages } from './rubric-pages.js';
import { rulesMarkdown } from './rules-markdown.js';
import { schemaMarkdown } from './schema-markdown.js';

const reference = resolve(DOCS, 'reference');
mkdirSync(reference, { recursive: true });
writeFileSync(resolve(reference, 'schema.md'), schemaMarkdown());
writeFileSync(resolve(reference, 'api.md'), apiMarkdown());
writeFileSync(resolve(reference, 'rules.md'), rulesMarkdown());

const rubrics = resolve(DOCS, 'rubrics');
mkdirSync(rubrics, { recursive: true });
const pages = rubricPages();
// Pages of fixtures that were removed go too; nothing else lives in this folder.
for (const f of readdirSync(rubrics)) if (f.endsWith('.md') && !pages.has(f)) rmSync(resolve(rubrics, f));
for (const [name, text] of pages) writeFileSync(resolve(rubrics, name), text);

console.log(`generated reference/schema.md, api.md, rules.md and ${pages.size} rubric pages`);
