import type { Rubric } from '@rubricate/core';
import { inline } from './readme/markdown.js';

/** CHANGELOG.md from `rubric.changelog`, newest first as written. */
export function renderChangelog(rubric: Rubric): string {
  const entries = rubric.changelog ?? [];
  const body =
    entries.length === 0
      ? `## ${rubric.version}\n\n- 首次发布。 / First release.\n`
      : entries
          .map((e) => `## ${e.version}${e.date ? ` (${inline(e.date)})` : ''}\n\n- ${inline(e.note.zh)}${e.note.en ? `\n- ${inline(e.note.en)}` : ''}\n`)
          .join('\n');
  return `# ${inline(rubric.title.zh)} — 修订记录 / Changelog\n\n${body}`;
}
