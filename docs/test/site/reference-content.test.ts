import { describe, expect, it } from 'vitest';
import { LINT_RULES, RESERVED_IDS, VALIDATION_RULES } from '@rubricate/core';
import { apiMarkdown } from '../../scripts/api-markdown.js';
import { cell, escapeProse } from '../../scripts/markdown.js';
import { rulesMarkdown } from '../../scripts/rules-markdown.js';
import { schemaMarkdown } from '../../scripts/schema-markdown.js';

/** The API page takes a TypeScript program to build: build it once for this file. */
let api: string | undefined;
const apiMd = (): string => (api ??= apiMarkdown());

/** The generators cover what they claim to: every field, export and rule, with its description. */
describe('schema reference', () => {
  const md = schemaMarkdown();

  it('has a section for every top-level field that holds objects, and a row for every field', () => {
    for (const field of ['scale', 'sections', 'levels', 'gates', 'quotas', 'ranks', 'history', 'crosswalks']) {
      expect(md).toContain(`{#${field.toLowerCase()}}`);
    }
    expect(md).toContain('| `precision` | number | yes | > 0 | Smallest step of points, e.g. 0.5 or 0.1. |');
  });

  it('documents each variant of a discriminated union under its own heading', () => {
    for (const anchor of ['gates-effect-cap', 'gates-effect-demote', 'gates-effect-veto', 'adjustments-percount', 'adjustments-tiered', 'adjustments-fixed']) {
      expect(md).toContain(`{#${anchor}}`);
    }
  });

  it('lists the reserved ids and the plain path grammar', () => {
    for (const id of RESERVED_IDS) expect(md).toContain(`\`${id}\``);
    expect(md).toContain('A plain path into the fact');
  });

  it('links only to anchors it defines', () => {
    const defined = new Set([...md.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]));
    const linked = [...md.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((a) => !defined.has(a))).toEqual([]);
  });
});

describe('API reference', () => {
  const md = apiMd();

  it('documents the main functions with their signatures as written', { timeout: 180_000 }, () => {
    for (const name of ['parseJson', 'parseRubric', 'validateRubric', 'lintRubric', 'formatIssue', 'prepareRubric', 'evaluateSubject', 'evaluateCohort', 'rubricHash', 'canonicalJson']) {
      expect(md).toContain(`### ${name} {#${name.toLowerCase()}}`);
    }
    expect(md).toContain('function prepareRubric(rubric: Rubric): PreparedRubric');
    expect(md).toContain('function evaluateCohort(prepared: PreparedRubric, subjects: readonly unknown[]): CohortResult');
  });

  it('lists the async subpath separately', () => {
    expect(md).toContain('## @rubricate/core/async {#async}');
    expect(md).toContain('### evaluateSubjectAsync');
    expect(md).toContain('### evaluateCohortAsync');
  });
});

describe('rules reference', () => {
  it('lists every validation and lint rule with both descriptions', () => {
    const md = rulesMarkdown();
    for (const r of [...VALIDATION_RULES, ...LINT_RULES]) {
      expect(md).toContain(`| \`${r.code}\` | ${cell(r.description.zh)} | ${cell(r.description.en)} |`);
    }
  });
});

describe('schema reference anchors', () => {
  it('are unique (VitePress refuses a page with a repeated id)', () => {
    const anchors = [...schemaMarkdown().matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]);
    expect(anchors.filter((a, i) => anchors.indexOf(a) !== i)).toEqual([]);
  });
});

describe('text from the code is escaped for VitePress', () => {
  it('turns tags and interpolations outside code spans into entities, and keeps code spans', () => {
    expect(escapeProse('a list of <T> and {{ x }}, see `Array<T>`')).toBe('a list of &lt;T&gt; and &#123;&#123; x &#125;&#125;, see `Array<T>`');
  });

  it('keeps a table cell on one line with its pipes escaped', () => {
    expect(cell('a | b\n  c')).toBe('a \\| b c');
  });

  it('leaves no raw tag-like text in the generated pages outside code', { timeout: 180_000 }, () => {
    for (const md of [schemaMarkdown(), rulesMarkdown(), apiMd()]) {
      const prose = md
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/<\/?small>|<!--[\s\S]*?-->/g, '');
      expect(prose).not.toMatch(/<[A-Za-z]|\{\{/);
    }
  });
});
