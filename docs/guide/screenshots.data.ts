import { basename } from 'node:path';
import { defineLoader } from 'vitepress';

export interface Screenshot {
  /** URL under the site root, e.g. /screenshots/editor-form.png. */
  src: string;
  /** The file name without `editor-` and `.png`, e.g. "try-it". */
  name: string;
  /** What it shows. */
  caption: string;
}

/** Captions of the screenshots the editor's end-to-end tests take; others are shown by name. */
const CAPTIONS: Record<string, string> = {
  levels: 'Edit: the levels of the Anyang rubric, their bands as a chart, the form beside the JSON, the problems below.',
  'try-it': 'Try it: one subject scored as its facts are typed, with the trace.',
  problems: 'Problems: an indicator that names an undeclared fact, reported with its code and JSON path while the form and the JSON show the place.',
  cohort: 'Cohort: 60 subjects imported from CSV, the distribution by level and what each quota did.',
  english: 'The same editor in English.',
};

declare const data: Screenshot[];
export { data };

/** The editor's screenshots that exist in docs/public/screenshots: the guide shows only those. */
export default defineLoader({
  watch: ['../public/screenshots/editor-*.png'],
  load(files: string[]): Screenshot[] {
    return files
      .map((f) => basename(f))
      .sort()
      .map((f) => {
        const name = f.replace(/^editor-/, '').replace(/\.png$/, '');
        return { src: `/screenshots/${f}`, name, caption: CAPTIONS[name] ?? name };
      });
  },
});
