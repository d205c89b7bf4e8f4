import type { Rubric } from '@rubricate/core';
import { inline } from './markdown.js';
import { renderTable } from './render.js';

/** README.md of a rubric package: what it is, how to use it, and the scoring table in zh and en. */
export function renderReadme(rubric: Rubric, name: string, hash: string, typeName: string): string {
  const source = rubric.source
    ? `\n> ${inline(rubric.source.title.zh)}${rubric.source.reference ? `（${inline(rubric.source.reference)}）` : ''}${rubric.source.issuer ? `，${inline(rubric.source.issuer.zh)}` : ''}，${inline(rubric.source.date)}\n`
    : '';
  return `# ${inline(rubric.title.zh)}

${rubric.title.en ? `${inline(rubric.title.en)}\n\n` : ''}${rubric.description ? `${inline(rubric.description.zh)}\n\n${rubric.description.en ? `${inline(rubric.description.en)}\n\n` : ''}` : ''}| | |
| --- | --- |
| id | \`${rubric.id}\` |
| version 版本 | \`${rubric.version}\` |
| sha256 | \`${hash}\` |
${source}
## 使用 / Usage

\`\`\`sh
npm install ${name} @rubricate/core
\`\`\`

\`\`\`ts
import { evaluateSubject, prepareRubric } from '@rubricate/core';
import { rubric, type ${typeName}Subject } from '${name}';

const prepared = prepareRubric(rubric);
const subject: ${typeName}Subject = { id: 'S-001', facts: { /* … */ } };
const result = evaluateSubject(prepared, subject);
\`\`\`

\`hash\` (exported, and \`rubricate.hash\` in package.json) is the sha256 of the rubric's canonical JSON; every result
names it in \`result.rubric.hash\`, so a result can be traced to this exact rubric.

${renderTable(rubric, 'zh')}

${renderTable(rubric, 'en')}
`;
}
