import type { Rubric } from '@rubricate/core';
import { factsInterface } from '../facts-type.js';
import { docText, jsString } from '../js-literal.js';
import { literalType } from '../literal-type.js';

function union(ids: readonly string[]): string {
  return ids.length === 0 ? 'never' : ids.map(jsString).join(' | ');
}

/**
 * index.d.ts / index.d.cts: the rubric with its exact literal type, the subject's facts as an
 * interface, and unions of level, category and soft-gate ids. Self-contained: it imports nothing,
 * so it type-checks without @rubricate/core installed, and the rubric stays assignable to `Rubric`.
 */
export function declarations(rubric: Rubric, typeName: string, hash: string, banner: string): string {
  const facts = `${typeName}Facts`;
  const level = `${typeName}Level`;
  const categories = (rubric.categories ?? []).map((c) => c.id);
  const softGates = (rubric.gates ?? []).filter((g) => g.soft).map((g) => g.id);
  const subjectLines = [
    '  /** The subject id (unique in a cohort). */',
    '  id: string;',
    ...(categories.length > 0 ? [`  category?: ${typeName}Category;`] : []),
    `  facts: ${facts};`,
    `  /** Levels of earlier periods, for rules over consecutive periods. */`,
    `  history?: { period: string; level: ${level} | null }[];`,
    ...(softGates.length > 0
      ? [`  /** Authorised liftings of soft (“in principle”) gates. */`, `  overrides?: { gate: ${typeName}SoftGate; reason: string; by?: string }[];`]
      : []),
  ];
  const title = docText(rubric.title.zh + (rubric.title.en ? ` — ${rubric.title.en}` : ''));
  return `${banner}
${factsInterface(rubric, facts)}

/** A level id, best first: ${docText(rubric.levels.map((l) => `${l.id} (${l.label.zh})`).join(', '))}. */
export type ${level} = ${union(rubric.levels.map((l) => l.id))};
${categories.length > 0 ? `\n/** A subject category id. */\nexport type ${typeName}Category = ${union(categories)};\n` : ''}${softGates.length > 0 ? `\n/** The id of a gate a subject override may lift. */\nexport type ${typeName}SoftGate = ${union(softGates)};\n` : ''}
/** One subject to score with “${title}”. */
export interface ${typeName}Subject {
${subjectLines.join('\n')}
}

/** The rubric, exactly as published (rubric.json). */
export type ${typeName}Rubric = ${literalType(JSON.parse(JSON.stringify(rubric)))};

/** The rubric, deep-frozen. */
export declare const rubric: ${typeName}Rubric;
/** The rubric id. */
export declare const id: ${jsString(rubric.id)};
/** The rubric version. */
export declare const version: ${jsString(rubric.version)};
/** sha256 of the rubric's canonical JSON, as in every result's \`rubric.hash\`. */
export declare const hash: ${jsString(hash)};

export type Facts = ${facts};
export type Subject = ${typeName}Subject;
export type LevelId = ${level};
`;
}
