import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareRubric } from '@rubricate/core';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type ScoreArgs } from '../src/commands/score.js';
import { scoreStreaming } from '../src/stream/score-stream.js';
import { fixture, memoryIo } from './helpers.js';

const DOCS = fileURLToPath(new URL('../../../docs/fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rubricate-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(rubric: string, subjects: string, extra: Partial<ScoreArgs>) {
  const io = memoryIo();
  const code = await run({ rubric, subjects, format: 'csv', lang: 'zh', encoding: 'auto', ...extra }, io);
  return { code, out: io.out(), err: io.err(), io };
}

/** A seeded generator, so that a failure can be reproduced. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['city', 'province', 'national'];

/** Anyang subjects with a few bad ones and a repeated id, as NDJSON lines and CSV rows. */
function anyangCohort(n: number, seed: number): { ndjson: string; csv: string } {
  const r = prng(seed);
  const half = () => Math.round(r() * 20) / 2;
  const small = () => (r() < 0.8 ? 0 : Math.floor(r() * 4));
  const lines: string[] = [];
  const header = ['id', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'commendations', 'innovations', 'criticisedByWorkCommittee', 'absences', 'satisfaction', 'electionOverdueMonths'];
  const rows: string[] = [header.join(',')];
  for (let i = 0; i < n; i++) {
    const id = i === 17 ? 'AY-00003' : `AY-${String(i).padStart(5, '0')}`;
    const facts: Record<string, unknown> = {};
    for (let k = 1; k <= 10; k++) facts[`a${k}`] = 6 + Math.round(half() * 0.4 * 2) / 2;
    facts.commendations = r() < 0.2 ? [TIERS[Math.floor(r() * 3)]] : [];
    facts.innovations = r() < 0.1 ? [TIERS[Math.floor(r() * 3)]] : [];
    facts.criticisedByWorkCommittee = small();
    facts.absences = small();
    facts.satisfaction = Math.round((0.45 + r() * 0.55) * 100) / 100;
    facts.electionOverdueMonths = r() < 0.9 ? 0 : Math.floor(r() * 20);
    if (i === 40) facts.a3 = 10.25; // not a half point
    if (i === 41) facts.a4 = 11; // above the maximum
    lines.push(i === 60 ? '{"id": "broken", "facts": ' : JSON.stringify({ id, facts }));
    rows.push(
      [id, ...header.slice(1).map((h) => (Array.isArray(facts[h]) ? (facts[h] as string[]).join('|') : String(facts[h])))].join(','),
    );
    if (i === 30) lines.push('');
  }
  return { ndjson: `${lines.join('\n')}\n`, csv: `${rows.join('\n')}\n` };
}

const ANYANG = join(DOCS, 'anyang-2017-star-rating.json');

describe('score --stream: the same bytes as reading the file whole', () => {
  const cohort = anyangCohort(3000, 7);
  const ndjson = join(dir, 'anyang.ndjson');
  const csv = join(dir, 'anyang.csv');
  const json = join(dir, 'anyang.json');
  writeFileSync(ndjson, cohort.ndjson);
  writeFileSync(csv, cohort.csv);
  // The same subjects as a JSON array, one per line (the broken line left out), one of them spaced out.
  const elements = cohort.ndjson.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{"id": "broken"'));
  elements[5] = JSON.stringify(JSON.parse(elements[5]!), null, 2);
  writeFileSync(json, `[\n${elements.join(',\n')}\n]\n`);

  for (const input of [ndjson, csv, json]) {
    for (const format of ['csv', 'ndjson'] as const) {
      it(`${input.slice(input.lastIndexOf('.') + 1)} in, --format ${format}`, async () => {
        const whole = await score(ANYANG, input, { format, stream: 'never' });
        const streamed = await score(ANYANG, input, { format, stream: 'always' });
        expect(whole.code).toBe(3); // the bad lines and the repeated id
        expect(streamed.code).toBe(whole.code);
        expect(streamed.out).toBe(whole.out);
        expect(streamed.err).toBe(whole.err);
        expect(whole.out.length).toBeGreaterThan(3000 * 40);
      });
    }
  }

  it('holds a few results at a time in pass two (many re-reads), with the same output', async () => {
    const prepared = prepareRubric(JSON.parse(readFileSync(ANYANG, 'utf8')));
    for (const format of ['csv', 'ndjson'] as const) {
      const whole = await score(ANYANG, ndjson, { format, stream: 'never' });
      const io = memoryIo();
      const code = await scoreStreaming(io, prepared, { subjects: ndjson, format, lang: 'zh', chunk: 377 });
      expect(code).toBe(whole.code);
      expect(io.out()).toBe(whole.out);
    }
  });

  it('reads the file once for --format csv (from summaries), twice for --format ndjson (with traces)', async () => {
    const prepared = prepareRubric(JSON.parse(readFileSync(ANYANG, 'utf8')));
    for (const input of [ndjson, csv, json]) {
      for (const [format, reads] of [['csv', 1], ['ndjson', 2]] as const) {
        // A file given in memory is read through `io`, so its reads can be counted.
        const name = `memory${input.slice(input.lastIndexOf('.'))}`;
        const io = memoryIo({ [name]: readFileSync(input) });
        let count = 0;
        const readFile = io.readFile.bind(io);
        io.readFile = (path) => {
          if (path === name) count++;
          return readFile(path);
        };
        const code = await scoreStreaming(io, prepared, { subjects: name, format, lang: 'zh' });
        expect(code).toBe(3);
        expect(count, `${input} → ${format}`).toBe(reads);
        expect(io.out().length).toBeGreaterThan(3000 * 40);
      }
    }
  }, 60_000);

  it('writes --out piece by piece: the same file, with the byte-order mark for CSV', async () => {
    const whole = await score(ANYANG, csv, { format: 'csv', stream: 'never', out: 'whole.csv' });
    const out = join(dir, 'streamed.csv');
    const streamed = await score(ANYANG, csv, { format: 'csv', stream: 'always', out });
    expect(streamed.code).toBe(whole.code);
    expect(readFileSync(out, 'utf8')).toBe(whole.io.written.get('whole.csv'));
    expect(streamed.err).toBe(whole.err);
  });

  it('--workers 2 (pass one in worker threads) gives the same output as one thread', async () => {
    for (const input of [ndjson, csv]) {
      const one = await score(ANYANG, input, { format: 'csv', stream: 'always' });
      const two = await score(ANYANG, input, { format: 'csv', stream: 'always', workers: 2 });
      expect(two.code).toBe(one.code);
      expect(two.out).toBe(one.out);
      expect(two.err).toBe(one.err);
    }
  }, 60_000);

  it('a JSON array that only the whole-document parser can judge is read whole: the same failure', async () => {
    for (const text of ['[{"id":"a","facts":{}},\n{"id":"b","facts":{"x":1,"x":2}}]', '[{"id":"a","facts":{}},\n{"id":"b","facts":{"x" :1,"x":2}}]', '[{"id":"a","facts":{}},\n{"id":"b","facts":{"x":1,"x":2}}}', '[{"id":"a","facts":{}},,]', '{"id":"a"}', '[{"id":"a","facts":{}}] x', '[{"id":"a","facts":{}}']) {
      const file = join(dir, 'odd.json');
      writeFileSync(file, text);
      const whole = await score(ANYANG, file, { format: 'csv', stream: 'never' });
      const streamed = await score(ANYANG, file, { format: 'csv', stream: 'always' });
      expect(whole.code).toBe(2);
      expect(streamed.code).toBe(2);
      expect(streamed.err).toBe(whole.err);
      expect(streamed.out).toBe(whole.out);
    }
  });

  it('a cohort in which no subject could be scored is the CSV header alone, streamed or not', async () => {
    const file = join(dir, 'all-bad.csv');
    writeFileSync(file, 'id,a1\nAY-1,11\nAY-2,x\n');
    const whole = await score(ANYANG, file, { format: 'csv', stream: 'never' });
    const streamed = await score(ANYANG, file, { format: 'csv', stream: 'always' });
    expect(whole.code).toBe(3);
    expect(whole.out).toBe('id,category,score,level,level_label,band_level,flags,outcomes\n');
    expect(streamed.out).toBe(whole.out);
    expect(streamed.err).toBe(whole.err);
  });

  it('an empty file, or one of blank lines, fails as it does read whole', async () => {
    for (const [name, text] of [['empty.csv', ''], ['blank.csv', '\n\n'], ['bom.csv', '\uFEFF'], ['empty.json', ''], ['blank.json', ' \n'], ['empty.ndjson', '']] as const) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const whole = await score(ANYANG, file, { format: 'csv', stream: 'never' });
      const streamed = await score(ANYANG, file, { format: 'csv', stream: 'always' });
      expect(streamed.code, name).toBe(whole.code);
      expect(streamed.out, name).toBe(whole.out);
      expect(streamed.err, name).toBe(whole.err);
    }
  });

  it('a CSV file that is not UTF-8 (GBK from Excel) is read whole, with the notice', async () => {
    const file = join(dir, 'gbk.csv');
    const head = new TextEncoder().encode(cohort.csv.split('\n').slice(0, 50).join('\n').replace('AY-00007', 'AY-X'));
    const at = head.indexOf(0x58); // the X: 你 in GBK is C4 E3
    writeFileSync(file, Buffer.concat([head.subarray(0, at), Buffer.from([0xc4, 0xe3]), head.subarray(at + 1), Buffer.from('\n')]));
    const whole = await score(ANYANG, file, { format: 'csv', stream: 'never' });
    const streamed = await score(ANYANG, file, { format: 'csv', stream: 'always' });
    expect(whole.out).toContain('AY-你');
    expect(streamed.out).toBe(whole.out);
    expect(streamed.err).toBe(whole.err);
  });

  it('gives the same output whatever the order of the lines', async () => {
    const lines = cohort.ndjson.trimEnd().split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{"id": "broken"'));
    const shuffled = lines.slice();
    const r = prng(99);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const a = join(dir, 'ordered.ndjson');
    const b = join(dir, 'shuffled.ndjson');
    writeFileSync(a, `${lines.join('\n')}\n`);
    writeFileSync(b, `${shuffled.join('\n')}\n`);
    const x = await score(ANYANG, a, { format: 'csv', stream: 'always' });
    const y = await score(ANYANG, b, { format: 'csv', stream: 'always' });
    expect(y.out).toBe(x.out);
  });
});

describe('score --stream on the documented cohorts', () => {
  for (const name of ['anyang-2017-star-rating', 'member-points-colour-warning', 'xun-county-2012-six-steps', 'xx-county-branch-standardisation', 'yiting-2012-classification']) {
    it(name, async () => {
      const rubric = join(DOCS, `${name}.json`);
      const subjects = JSON.parse(readFileSync(join(DOCS, `${name}.cohort.json`), 'utf8')) as unknown[];
      const ndjson = join(dir, `${name}.ndjson`);
      writeFileSync(ndjson, subjects.map((s) => JSON.stringify(s)).join('\n') + '\n');
      for (const input of [ndjson, join(DOCS, `${name}.cohort.csv`), join(DOCS, `${name}.cohort.json`)]) {
        for (const format of ['csv', 'ndjson'] as const) {
          const whole = await score(rubric, input, { format, stream: 'never' });
          const streamed = await score(rubric, input, { format, stream: 'always' });
          expect(streamed.out).toBe(whole.out);
          expect(streamed.err).toBe(whole.err);
          expect(streamed.code).toBe(whole.code);
        }
      }
    });
  }
});

describe('score --format ndjson', () => {
  it('one result a line, then a summary line with the cohort report', async () => {
    const { code, out } = await score(fixture('mini-star.json'), fixture('cohort.json'), { format: 'ndjson' });
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const summary = lines.pop() as { summary: { distribution: unknown[]; quotas: unknown[]; errors: unknown[] } };
    expect(lines.map((l) => l.id)).toEqual(['s01', 's02', 's03', 's04', 's05', 's06', 's07', 's08', 's09', 's10']);
    expect(lines[1]).toMatchObject({ id: 's02', score: 93, level: 'four' });
    expect(lines[0]).not.toHaveProperty('rubric');
    expect(summary.summary.errors).toEqual([]);
    expect(summary.summary.quotas.length).toBeGreaterThan(0);
    // The same results as the JSON document.
    const json = await score(fixture('mini-star.json'), fixture('cohort.json'), { format: 'json' });
    expect(lines).toEqual((JSON.parse(json.out) as { results: unknown[] }).results);
  });

  it('reads NDJSON input whole too: a line that is not JSON is that subject’s error', async () => {
    const file = join(dir, 'small.ndjson');
    const subjects = JSON.parse(readFileSync(fixture('cohort.json'), 'utf8')) as unknown[];
    writeFileSync(file, `${subjects.map((s) => JSON.stringify(s)).join('\n')}\n{"id":"x",\n`);
    const { code, out } = await score(fixture('mini-star.json'), file, { format: 'json' });
    expect(code).toBe(3);
    const doc = JSON.parse(out) as { results: unknown[]; errors: { row: number; code: string }[] };
    expect(doc.results).toHaveLength(10);
    expect(doc.errors).toMatchObject([{ row: 11, code: 'ndjson.syntax' }]);
  });
});

describe('NDJSON lines', () => {
  it('takes a line as JSON.parse does when no key repeats; a repeated key is refused, never dropped', async () => {
    const { parseSubjectLine } = await import('../src/stream/ndjson-line.js');
    expect(parseSubjectLine('{"id":"a","facts":{"x":1}}', 0, 1)).toEqual({ ok: true, value: { id: 'a', facts: { x: 1 } } });
    expect(parseSubjectLine('{ "id" : "a", "facts": { "x": 1 } }', 0, 1)).toEqual({ ok: true, value: { id: 'a', facts: { x: 1 } } });
    expect(parseSubjectLine('{"id":"a\\"b","facts":{}}', 0, 1)).toEqual({ ok: true, value: { id: 'a"b', facts: {} } });
    for (const line of ['{"id":"a","facts":{"x":1,"x":2}}', '{"id":"a","id":"b","facts":{}}', '{"id" :"a","id":"b","facts":{}}', '{"id":"a","facts":{"x" :1,"x":2}}', '{"id":"a","facts":{"x\\\\":1,"b":2,"b":3}}']) {
      const r = parseSubjectLine(line, 4, 9);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ index: 4, row: 9, code: 'ndjson.syntax' });
    }
    const proto = parseSubjectLine('{"id":"a","facts":{"__proto__":{"x":1}}}', 0, 1);
    expect(proto.ok).toBe(false);
    const broken = parseSubjectLine('{"id":"a",', 0, 3);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message.en).toMatch(/^line 3 is not valid JSON/);
  });
});
