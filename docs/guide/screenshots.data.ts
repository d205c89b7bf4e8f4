import { basename } from 'node:path';
import { defineLoader } from 'vitepress';

export interface Screenshot {
  /** URL under the site root, e.g. /screenshots/editor-form.png. */
  src: string;
  /** The file name without `editor-` and `.png`, e.g. "form". */
  name: string;
}

declare const data: Screenshot[];
export { data };

/** The editor's screenshots that exist in docs/public/screenshots: the guide shows only those. */
export default defineLoader({
  watch: ['../public/screenshots/editor-*.png'],
  load(files: string[]): Screenshot[] {
    return files
      .map((f) => basename(f))
      .sort()
      .map((f) => ({ src: `/screenshots/${f}`, name: f.replace(/^editor-/, '').replace(/\.png$/, '') }));
  },
});
