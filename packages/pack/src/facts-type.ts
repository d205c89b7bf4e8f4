import type { FactDeclaration, Rubric } from '@rubricate/core';
import { docText, jsString, propertyKey } from './js-literal.js';

function valueType(fact: FactDeclaration): string {
  switch (fact.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
    case 'enum':
      return fact.options.map((o) => jsString(o.id)).join(' | ');
    case 'enumList': {
      const union = fact.options.map((o) => jsString(o.id)).join(' | ');
      return fact.options.length > 1 ? `(${union})[]` : `${union}[]`;
    }
  }
}

function isRequired(fact: FactDeclaration): boolean {
  return fact.required ?? fact.default === undefined;
}

/** The JSDoc lines of a fact: its label in both languages, description, range, unit, options, default. */
function docLines(fact: FactDeclaration): string[] {
  const lines = [`${fact.label.zh}${fact.label.en ? ` — ${fact.label.en}` : ''}`];
  if (fact.description) lines.push(fact.description.zh, ...(fact.description.en ? [fact.description.en] : []));
  if (fact.type === 'number' || fact.type === 'integer') {
    const range: string[] = [];
    if (fact.min !== undefined || fact.max !== undefined) range.push(`${fact.min ?? '−∞'} … ${fact.max ?? '+∞'}`);
    if (fact.step !== undefined) range.push(`step ${fact.step}`);
    if (fact.type === 'integer') range.push('integer');
    if (fact.unit) range.push(`${fact.unit.zh}${fact.unit.en ? ` / ${fact.unit.en}` : ''}`);
    if (range.length > 0) lines.push(range.join(', '));
  }
  if (fact.type === 'enum' || fact.type === 'enumList') {
    lines.push(fact.options.map((o) => `${o.id}: ${o.label.zh}${o.label.en ? ` (${o.label.en})` : ''}`).join('; '));
    if (fact.type === 'enumList' && fact.maxItems !== undefined) lines.push(`at most ${fact.maxItems} items`);
  }
  if (fact.default !== undefined) lines.push(`@defaultValue ${JSON.stringify(fact.default)}`);
  return lines.map(docText);
}

/**
 * The facts a subject gives, as a TypeScript interface generated from the fact declarations:
 * optional where the fact has a default, enums as unions of their option ids, JSDoc from the labels.
 * Asynchronous facts are looked up while evaluating, never given, so they are left out.
 */
export function factsInterface(rubric: Rubric, name: string): string {
  const members = rubric.facts
    .filter((fact) => fact.source !== 'async')
    .map((fact) => {
      const doc = docLines(fact);
      const comment = doc.length === 1 ? `  /** ${doc[0]} */` : `  /**\n${doc.map((l) => `   * ${l}`).join('\n')}\n   */`;
      return `${comment}\n  ${propertyKey(fact.id)}${isRequired(fact) ? '' : '?'}: ${valueType(fact)};`;
    });
  const title = docText(rubric.title.zh + (rubric.title.en ? ` — ${rubric.title.en}` : ''));
  return `/** The facts of one subject of “${title}”. */\nexport interface ${name} {\n${members.join('\n')}\n}`;
}
