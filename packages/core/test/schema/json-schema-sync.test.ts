import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rubricJsonSchema } from '../../src/validate/index.js';

const committedPath = join(import.meta.dirname, '..', '..', 'rubric.schema.json');

describe('rubric.schema.json', () => {
  it('the committed copy matches the schema generated from the zod model', () => {
    const generated = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
    const committed = readFileSync(committedPath, 'utf8');
    expect(
      committed === generated,
      'packages/core/rubric.schema.json is out of date: run `pnpm --filter @rubricate/core build` (tsup, then scripts/write-json-schema.mjs) and commit the result',
    ).toBe(true);
  });

  it('is a draft 2020-12 schema of a strict object with the rubric’s required fields', () => {
    const schema = rubricJsonSchema() as { $schema: string; type: string; required: string[]; additionalProperties: boolean };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion', 'id', 'version', 'title', 'facts', 'scale', 'sections', 'levels']);
  });
});
