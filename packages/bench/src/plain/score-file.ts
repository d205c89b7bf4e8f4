/**
 * The baseline for the CLI: a plain Node script that reads a subjects file (JSON array or CSV),
 * scores the cohort with the hand-written Anyang function and quotas, and writes the same CSV
 * table as `rubricate score --format csv` (id, category, score, level, level_label, band_level,
 * flags, outcomes). It is bundled to a single .mjs before a run so that it starts like any script.
 *
 * Usage: node score-file.mjs <rubric.json> <subjects.json|.csv> <out.csv>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AnyangFacts, Tier } from '../data.js';
import { LEVELS, scoreAnyangCohort, type CohortSubject } from '../baselines/handwritten.js';

const [rubricPath, inputPath, outPath] = process.argv.slice(2);
if (!rubricPath || !inputPath || !outPath) {
  process.stderr.write('usage: score-file <rubric.json> <subjects.json|.csv> <out.csv>\n');
  process.exit(2);
}

const rubric = JSON.parse(readFileSync(rubricPath, 'utf8')) as { levels: { id: string; label: { zh: string } }[] };
const labels = new Map(rubric.levels.map((l) => [l.id, l.label.zh]));

function fromCsv(text: string): CohortSubject[] {
  const lines = text.split('\n');
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const col = (name: string) => header.indexOf(name);
  const idCol = col('id');
  const cols = header.map((h, i) => [h, i] as const).filter(([h]) => h !== 'id' && h !== 'category');
  const out: CohortSubject[] = [];
  for (let r = 1; r < lines.length; r++) {
    const line = lines[r]!;
    if (line === '') continue;
    const cells = line.split(',');
    const facts: Record<string, unknown> = {
      commendations: [],
      innovations: [],
      criticisedByWorkCommittee: 0,
      criticisedByCityCommittee: 0,
      leadersPenalisedMinor: 0,
      leadersPenalisedMajor: 0,
      memberViolations: 0,
      absences: 0,
      electionOverdueMonths: 0,
    };
    for (const [name, i] of cols) {
      const cell = cells[i]!;
      if (name === 'commendations' || name === 'innovations') facts[name] = cell === '' ? [] : (cell.split('|') as Tier[]);
      else if (cell !== '') facts[name] = Number(cell);
    }
    out.push({ id: cells[idCol]!, facts: facts as unknown as AnyangFacts });
  }
  return out;
}

const text = readFileSync(inputPath, 'utf8');
const subjects = inputPath.endsWith('.csv') ? fromCsv(text) : (JSON.parse(text) as CohortSubject[]);
const { results } = scoreAnyangCohort(subjects);

const FIVE_OUTCOMES = 'plaque|municipal-review|model-site-candidate|honours-priority';
const bandOf = (score: number) => LEVELS[score >= 90 ? 0 : score >= 80 ? 1 : score >= 70 ? 2 : score >= 60 ? 3 : score >= 50 ? 4 : 5];
const rows = ['id,category,score,level,level_label,band_level,flags,outcomes'];
for (const r of results) {
  const outcomes = r.level === 'five-star' ? FIVE_OUTCOMES : r.level === 'one-star' || r.level === 'none' ? 'rectification' : '';
  const flags = r.tiedAt ? `quota.tie:${r.tiedAt}` : '';
  rows.push(`${r.id},,${r.score},${r.level},${labels.get(r.level) ?? ''},${bandOf(r.score)},${flags},${outcomes}`);
}
writeFileSync(outPath, '\uFEFF' + rows.join('\n') + '\n');
