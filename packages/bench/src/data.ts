/**
 * Seeded generator of Anyang star-rating subjects (seed 004, 安阳市直机关星级创建, 2017).
 *
 * The same seed and N always give the same subjects, so every engine scores exactly the same
 * input and a run can be repeated. The distribution is skewed the way real ratings are (most
 * aspects scored 6–10, few deductions) but reaches every band, gate and quota boundary.
 */
import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Recognition levels for commendations and innovations (市级 / 省级 / 国家级). */
export const TIERS = ['city', 'province', 'national'] as const;
export type Tier = (typeof TIERS)[number];

/** The ten aspects (星级评定参考内容 1–10), each 0–10 in steps of 0.5. */
export const ASPECTS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'] as const;

/** Integer count facts, each ≥ 0. */
export const COUNTS = [
  'criticisedByWorkCommittee',
  'criticisedByCityCommittee',
  'leadersPenalisedMinor',
  'leadersPenalisedMajor',
  'memberViolations',
  'absences',
] as const;

export interface AnyangFacts {
  a1: number;
  a2: number;
  a3: number;
  a4: number;
  a5: number;
  a6: number;
  a7: number;
  a8: number;
  a9: number;
  a10: number;
  commendations: Tier[];
  innovations: Tier[];
  criticisedByWorkCommittee: number;
  criticisedByCityCommittee: number;
  leadersPenalisedMinor: number;
  leadersPenalisedMajor: number;
  memberViolations: number;
  absences: number;
  /** Share of raters satisfied in the democratic appraisal, 0–1. */
  satisfaction: number;
  electionOverdueMonths: number;
}

export interface AnyangSubject {
  id: string;
  facts: AnyangFacts;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ids sort in code-point order the same way they sort numerically. */
export function subjectId(i: number): string {
  return 'S' + String(i + 1).padStart(8, '0');
}

function small(r: () => number, pZero: number, max: number): number {
  if (r() < pZero) return 0;
  return 1 + Math.floor(r() * max);
}

function tierList(r: () => number, pNone: number): Tier[] {
  if (r() >= 1 - pNone) return [];
  const n = 1 + Math.floor(r() * 2);
  const out: Tier[] = [];
  for (let k = 0; k < n; k++) {
    const x = r();
    const t: Tier = x < 0.6 ? 'city' : x < 0.9 ? 'province' : 'national';
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** One subject from the stream `r`. */
export function makeSubject(i: number, r: () => number): AnyangSubject {
  // Each organisation has an overall quality; aspects scatter around it (half-point steps).
  const quality = 6.6 + r() * 3.4;
  const aspect = () => {
    const v = Math.round((quality + (r() - 0.5) * 3) * 2) / 2;
    return v < 0 ? 0 : v > 10 ? 10 : v;
  };
  const facts: AnyangFacts = {
    a1: aspect(),
    a2: aspect(),
    a3: aspect(),
    a4: aspect(),
    a5: aspect(),
    a6: aspect(),
    a7: aspect(),
    a8: aspect(),
    a9: aspect(),
    a10: aspect(),
    commendations: tierList(r, 0.75),
    innovations: tierList(r, 0.85),
    criticisedByWorkCommittee: small(r, 0.85, 3),
    criticisedByCityCommittee: small(r, 0.93, 2),
    leadersPenalisedMinor: small(r, 0.92, 2),
    leadersPenalisedMajor: small(r, 0.97, 1),
    memberViolations: small(r, 0.85, 4),
    absences: small(r, 0.8, 5),
    // Two decimals, as appraisal forms report it; about 6% below 0.6, 2% below 0.5.
    satisfaction: Math.round((r() < 0.06 ? 0.45 + r() * 0.15 : 0.6 + r() * 0.4) * 100) / 100,
    electionOverdueMonths: r() < 0.88 ? 0 : Math.floor(r() * 24),
  };
  return { id: subjectId(i), facts };
}

/**
 * N subjects, deterministic for a seed, as a program receives them: each one parsed from its JSON
 * text (a file, a request body). Objects built field by field in code can differ from parsed ones
 * in a way V8 cares about: when an early object got an integer where later ones get a fraction,
 * the early objects keep an outdated hidden class, and code that reads facts by key (every
 * rubric engine, unlike the hand-written function) turns slower for the whole run.
 */
export function generateSubjects(n: number, seed = 2017): AnyangSubject[] {
  const r = prng(seed);
  const out = new Array<AnyangSubject>(n);
  for (let i = 0; i < n; i++) out[i] = JSON.parse(JSON.stringify(makeSubject(i, r))) as AnyangSubject;
  return out;
}

/** The same subjects one at a time, for inputs too large to hold (streaming runs). */
export function* subjectStream(n: number, seed = 2017): Generator<AnyangSubject> {
  const r = prng(seed);
  for (let i = 0; i < n; i++) yield makeSubject(i, r);
}

/** CSV header: `id`, then every fact; list facts are pipe-separated (`city|national`). */
export const CSV_COLUMNS = ['id', ...ASPECTS, 'commendations', 'innovations', ...COUNTS, 'satisfaction', 'electionOverdueMonths'] as const;

export function csvRow(s: AnyangSubject): string {
  const f = s.facts;
  return [
    s.id,
    f.a1, f.a2, f.a3, f.a4, f.a5, f.a6, f.a7, f.a8, f.a9, f.a10,
    f.commendations.join('|'),
    f.innovations.join('|'),
    f.criticisedByWorkCommittee,
    f.criticisedByCityCommittee,
    f.leadersPenalisedMinor,
    f.leadersPenalisedMajor,
    f.memberViolations,
    f.absences,
    f.satisfaction,
    f.electionOverdueMonths,
  ].join(',');
}

export type DataFormat = 'json' | 'csv' | 'ndjson';

/**
 * Writes N subjects to `file` without holding them all: JSON as an array of subjects, NDJSON one
 * subject a line, CSV with a header row. Returns the bytes written.
 */
export async function writeSubjects(file: string, format: DataFormat, n: number, seed = 2017): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let buf = '';
  const flush = async () => {
    bytes += Buffer.byteLength(buf);
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  };
  if (format === 'json') buf += '[';
  if (format === 'csv') buf += CSV_COLUMNS.join(',') + '\n';
  let i = 0;
  for (const s of subjectStream(n, seed)) {
    if (format === 'csv') buf += csvRow(s) + '\n';
    else if (format === 'ndjson') buf += JSON.stringify(s) + '\n';
    else buf += (i === 0 ? '\n' : ',\n') + JSON.stringify(s);
    i++;
    if (buf.length > 1 << 20) await flush();
  }
  if (format === 'json') buf += '\n]\n';
  await flush();
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** A fresh temporary directory for generated input and output files. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rubricate-bench-'));
}
