// Writes the rubric JSON Schema, generated from the zod model, to dist/rubric.schema.json (shipped
// as @rubricate/core/json-schema) and to rubric.schema.json (committed, so editors and reviewers
// see schema changes in diffs). Runs after tsup: it reads the built dist/index.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rubricJsonSchema } = await import(join(root, 'dist', 'index.js'));
const text = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'rubric.schema.json'), text);
writeFileSync(join(root, 'rubric.schema.json'), text);
console.log('wrote dist/rubric.schema.json and rubric.schema.json');
