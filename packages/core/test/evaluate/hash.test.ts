import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, prepareRubric, rubricHash } from '../../src/evaluate/index.js';
import { compareCodePoints } from '../../src/hash/index.js';
import { normaliseRubric } from '../../src/validate/normalise.js';
import { validateRubric } from '../../src/validate/index.js';
import { anyang } from './fixtures/anyang.js';

describe('canonical JSON and the rubric hash', () => {
  it('sorts keys, drops undefined members, keeps list order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"e":null}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
  it('hash is sha256 hex of the canonical JSON, independent of key order', () => {
    const reordered = JSON.parse(JSON.stringify(anyang, Object.keys(anyang).reverse())) as unknown;
    expect(rubricHash(anyang)).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(normaliseRubric(anyang))))));
    expect(rubricHash(reordered)).not.toBe('');
    const shuffled = Object.fromEntries(Object.entries(anyang).reverse());
    expect(rubricHash(shuffled)).toBe(rubricHash(anyang));
    expect(rubricHash({ ...anyang, version: '1.0.1' })).not.toBe(rubricHash(anyang));
    expect(prepareRubric(anyang).ref).toEqual({ id: anyang.id, version: anyang.version, hash: rubricHash(anyang) });
    expect(rubricHash(anyang)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('a file, its parsed form and its validated (normalised) form hash alike; $schema is left out', () => {
    const validated = validateRubric(anyang);
    if (!validated.ok) throw new Error('fixture invalid');
    expect(rubricHash(validated.rubric)).toBe(rubricHash(anyang));
    expect(rubricHash({ ...anyang, $schema: './rubric.schema.json' })).toBe(rubricHash(anyang));
    expect(rubricHash({ ...anyang, scale: { ...anyang.scale, clamp: true } })).toBe(rubricHash(normaliseRubric(anyang)));
  });
  it('orders by code point, not UTF-16 unit', () => {
    expect(compareCodePoints('\u{1F600}', '\uFF01')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFF01').toBe(true);
    expect(['b', 'a', 'ab'].sort(compareCodePoints)).toEqual(['a', 'ab', 'b']);
  });
});

describe('the main entry never reaches json-rules-engine', () => {
  it('no module imported from src/index.ts imports it', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return;
      }
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] as string;
        if (spec === 'json-rules-engine' || spec.startsWith('json-rules-engine/') || spec.includes('jsonpath')) offenders.push(`${file} → ${spec}`);
        if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(root, 'index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});

describe('nothing in the engine can run code from a rubric', () => {
  it('no eval, no Function constructor in the engine sources', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
    const dirs = ['conditions', 'decimal', 'evaluate', 'cohort', 'hash'];
    const files = dirs.flatMap((d) => (readdirSync(join(root, d), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(root, d, f)));
    files.push(join(root, 'async.ts'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
  });
});
