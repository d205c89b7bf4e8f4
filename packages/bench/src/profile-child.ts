/**
 * The workload profiled by `pnpm profile`: rubricate scoring N generated subjects one by one
 * (`subject`), without the trace (`lean`), with the scorer written ahead of time (`compiled`), as a
 * cohort (`cohort`) or as a compact cohort (`compact`), after a warm-up.
 *   node --cpu-prof --import tsx src/profile-child.ts <subject|lean|compiled|cohort|compact> <N>
 */
import { generateSubjects } from './data.js';
import { loadRubricate } from './engines/rubricate.js';

const [mode = 'subject', nArg = '100000'] = process.argv.slice(2);
const n = Number(nArg);
const r = await loadRubricate();
if (!r.ok) {
  process.stderr.write(r.reason + '\n');
  process.exit(1);
}
const subjects = generateSubjects(n);
if (mode === 'cohort') {
  if (!r.engine.cohort) throw new Error('evaluateCohort not available');
  r.engine.cohort(subjects.slice(0, Math.min(n, 2000)));
  r.engine.cohort(subjects);
} else if (mode === 'compact') {
  if (!r.engine.cohortCompact) throw new Error('createCohortScorer not available');
  r.engine.cohortCompact(subjects.slice(0, Math.min(n, 2000)));
  r.engine.cohortCompact(subjects);
} else if (mode === 'compiled') {
  if (!r.engine.compiled) throw new Error('compileScorerSource not available');
  const out = new Array(n);
  // As many calls as five rounds of 1M, so that small N are profiled long enough.
  const rounds = Math.max(5, Math.ceil(5_000_000 / n));
  for (let round = 0; round < rounds; round++) for (let i = 0; i < n; i++) out[i] = r.engine.compiled(subjects[i]!);
} else if (mode === 'lean') {
  if (!r.engine.lean) throw new Error('createLeanScorer not available');
  const out = new Array(n);
  for (let round = 0; round < 5; round++) for (let i = 0; i < n; i++) out[i] = r.engine.lean(subjects[i]!);
} else {
  const out = new Array(n);
  for (let round = 0; round < 3; round++) for (let i = 0; i < n; i++) out[i] = r.engine.score(subjects[i]!);
}
