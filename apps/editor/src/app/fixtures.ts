/**
 * The rubrics under docs/fixtures, bundled at build time (Vite glob import), so the editor can
 * start from any of them offline. Companion files (cohorts, examples) are not rubrics.
 */
const rubrics = import.meta.glob<unknown>(
  ['../../../../docs/fixtures/*.json', '!**/*.cohort.json', '!**/*.examples.json', '!**/*.bad-subjects.json'],
  { import: 'default' },
);

/** Sample cohorts (CSV) that sit beside the fixtures, for the simulation. */
const cohorts = import.meta.glob<string>('../../../../docs/fixtures/*.cohort.csv', { query: '?raw', import: 'default' });

export interface FixtureEntry {
  /** File name without `.json`, e.g. "anyang-2017-star-rating". */
  name: string;
  load: () => Promise<unknown>;
}

const baseName = (path: string, ext: string) => path.slice(path.lastIndexOf('/') + 1, -ext.length);

export const FIXTURES: FixtureEntry[] = Object.entries(rubrics)
  .map(([path, load]) => ({ name: baseName(path, '.json'), load }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const SAMPLE_COHORTS: { name: string; load: () => Promise<string> }[] = Object.entries(cohorts)
  .map(([path, load]) => ({ name: baseName(path, '.cohort.csv'), load }))
  .sort((a, b) => a.name.localeCompare(b.name));
