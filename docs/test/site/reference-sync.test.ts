import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMarkdown } from '../../scripts/api-markdown.js';
import { REGENERATE } from '../../scripts/paths.js';
import { rulesMarkdown } from '../../scripts/rules-markdown.js';
import { schemaMarkdown } from '../../scripts/schema-markdown.js';

const committed = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../reference', name), 'utf8');

/**
 * The reference pages are generated from the code and committed. When the schema, the exports,
 * their TSDoc or the rule registries change, these fail until the pages are regenerated.
 */
describe('generated reference pages are up to date', () => {
  it('reference/schema.md matches z.toJSONSchema(Rubric)', () => {
    const fresh = schemaMarkdown();
    expect(committed('schema.md') === fresh, `docs/reference/schema.md is stale: run \`${REGENERATE}\` and commit the result`).toBe(true);
  });

  it('reference/rules.md matches VALIDATION_RULES and LINT_RULES', () => {
    const fresh = rulesMarkdown();
    expect(committed('rules.md') === fresh, `docs/reference/rules.md is stale: run \`${REGENERATE}\` and commit the result`).toBe(true);
  });

  // Builds a TypeScript program over the core's sources: slow on a busy machine, so a wide timeout.
  it('reference/api.md matches the exports of src/index.ts and src/async.ts', { timeout: 180_000 }, () => {
    const fresh = apiMarkdown();
    expect(committed('api.md') === fresh, `docs/reference/api.md is stale: run \`${REGENERATE}\` and commit the result`).toBe(true);
  });
});
