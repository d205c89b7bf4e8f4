/**
 * Renders the public API of @rubricate/core from its sources with the TypeScript compiler API:
 * every export of `src/index.ts` and `src/async.ts`, grouped by the folder it lives in, with its
 * signature or declaration and its TSDoc.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { cell, escapeProse } from './markdown.js';
import { CORE_SRC } from './paths.js';

interface Entry {
  name: string;
  group: string;
  kind: 'function' | 'class' | 'interface' | 'type' | 'schema' | 'constant';
  doc: string;
  code: string;
  tags: string[];
}

const GROUP_TITLES: Record<string, string> = {
  schema: 'Rubric model',
  result: 'Result types',
  json: 'JSON parsing',
  validate: 'Validation',
  lint: 'Lint',
  evaluate: 'Evaluation',
  cohort: 'Cohorts',
  hash: 'Hashing',
  messages: 'Messages',
  async: 'Asynchronous facts',
};


function groupOf(file: string): string {
  const rel = relative(CORE_SRC, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
}

/** `{@link x}` becomes code; the rest of the TSDoc is kept as written. */
function docText(parts: ts.SymbolDisplayPart[]): string {
  return ts
    .displayPartsToString(parts)
    .replace(/\{@link\s+([^}|\s]+)(?:[\s|]+([^}]*))?\}/g, (_m, name: string, text?: string) => (text ? `${text} (\`${name}\`)` : `\`${name}\``))
    .trim();
}

function tagText(tag: ts.JSDocTagInfo): string {
  const text = docText(tag.text ?? []);
  if (tag.name === 'param') {
    const [name, ...rest] = text.split(/\s+/);
    return `- \`${name}\` — ${rest.join(' ')}`;
  }
  return `- @${tag.name} ${text}`;
}

/** The declaration as written, without bodies: interfaces and type aliases keep their member comments. */
function declarationText(decl: ts.Declaration): string {
  return decl
    .getText()
    .replace(/^export\s+/, '')
    .trim();
}

/** A function's signature as written in the source: parameter types keep their names (`Rubric`, not its expansion). */
function signatureText(checker: ts.TypeChecker, name: string, f: ts.FunctionDeclaration): string {
  const typeParams = f.typeParameters?.length ? `<${f.typeParameters.map((t) => t.getText()).join(', ')}>` : '';
  const params = f.parameters.map((p) => p.getText()).join(', ');
  let ret = f.type?.getText();
  if (!ret) {
    const sig = checker.getSignatureFromDeclaration(f);
    ret = sig ? checker.typeToString(checker.getReturnTypeOfSignature(sig), f, ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope) : 'unknown';
  }
  return `function ${name}${typeParams}(${params}): ${ret}`;
}

/** A class member without its body. */
function withoutBody(m: ts.ClassElement): string {
  const body = (m as { body?: ts.Node }).body;
  const text = body ? m.getText().slice(0, body.getStart() - m.getStart()) : m.getText();
  return text.trim().replace(/;$/, '').replace(/\s+/g, ' ');
}

function entryOf(checker: ts.TypeChecker, exported: ts.Symbol): Entry | undefined {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decls = symbol.declarations ?? [];
  const first = decls[0];
  if (!first) return undefined;
  const name = exported.name;
  const group = groupOf(first.getSourceFile().fileName);
  const tags = symbol
    .getJsDocTags(checker)
    .filter((t) => t.name !== 'internal')
    .map(tagText);
  let doc = docText(symbol.getDocumentationComment(checker));

  if (!first.getSourceFile().fileName.startsWith(CORE_SRC)) {
    const from = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(first.getSourceFile().fileName)?.[1] ?? 'a dependency';
    return { name, group, kind: 'type', doc: `Re-exported from ${from}, for typing fact functions.`, code: `export type { ${name} } from '${from}';`, tags: [] };
  }
  const fns = decls.filter(ts.isFunctionDeclaration);
  if (fns.length) {
    // Overloads are the signatures callers see; the implementation follows them.
    const shown = fns.length > 1 ? fns.filter((f) => !f.body) : fns;
    const code = shown.map((f) => signatureText(checker, name, f)).join('\n');
    return { name, group, kind: 'function', doc, code, tags };
  }
  const cls = decls.find(ts.isClassDeclaration);
  if (cls) {
    const heritage = cls.heritageClauses?.map((h) => h.getText()).join(' ') ?? '';
    const members = cls.members
      .filter((m) => !(ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)))
      .map((m) => `  ${withoutBody(m)};`);
    const code = [`class ${name}${heritage ? ` ${heritage}` : ''} {`, ...members, '}'].join('\n');
    return { name, group, kind: 'class', doc, code, tags };
  }
  const variable = decls.find(ts.isVariableDeclaration);
  if (variable) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, variable);
    const typeText = checker.typeToString(type, variable, ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
    if (/^(z\.)?Zod[A-Za-z]*/.test(typeText)) {
      const alias = decls.find(ts.isTypeAliasDeclaration);
      const code = alias ? `const ${name}: ${typeText.split('<')[0]}\n${declarationText(alias)}` : `const ${name}: ${typeText.split('<')[0]}`;
      return { name, group, kind: 'schema', doc, code, tags };
    }
    return { name, group, kind: 'constant', doc, code: `const ${name}: ${typeText}`, tags };
  }
  const iface = decls.find(ts.isInterfaceDeclaration);
  if (iface) return { name, group, kind: 'interface', doc, code: declarationText(iface), tags };
  const alias = decls.find(ts.isTypeAliasDeclaration);
  if (alias) return { name, group, kind: 'type', doc, code: declarationText(alias), tags };
  return undefined;
}

function entriesOf(program: ts.Program, file: string): Entry[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`Cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => entryOf(checker, s))
    .filter((e): e is Entry => e !== undefined);
}

/** Folder order as `index.ts` re-exports them; folders reached indirectly come after, by name. */
function groupOrder(entries: Entry[]): string[] {
  const index = readFileSync(resolve(CORE_SRC, 'index.ts'), 'utf8');
  const listed = [...index.matchAll(/from '\.\/([^/']+)/g)].map((m) => m[1]!);
  const all = [...new Set(entries.map((e) => e.group))];
  return [...listed.filter((g) => all.includes(g)), ...all.filter((g) => !listed.includes(g)).sort()];
}

const byName = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function renderEntry(e: Entry, lines: string[]): void {
  lines.push(`### ${e.name} {#${e.name.toLowerCase()}}`, '', `<small>${e.kind}</small>`, '');
  if (e.doc) lines.push(escapeProse(e.doc), '');
  if (e.tags.length) lines.push(...e.tags.map(escapeProse), '');
  lines.push('```ts', e.code, '```', '');
}

function renderSchemaTable(entries: Entry[], lines: string[]): void {
  lines.push(
    'The rubric model is a set of zod schemas, each exported beside the type it infers (`Rubric` is both). Parse untrusted input with `validateRubric`, not with the schemas alone: it also runs the named rules. Every field is described in the [rubric schema reference](./schema).',
    '',
    '| Export | Kind | Description |',
    '|---|---|---|',
  );
  for (const e of entries) lines.push(`| \`${e.name}\` | ${e.kind} | ${cell(e.doc)} |`);
  lines.push('');
}

/** The whole reference page. */
export function apiMarkdown(): string {
  const main = resolve(CORE_SRC, 'index.ts');
  const asyncEntry = resolve(CORE_SRC, 'async.ts');
  const program = ts.createProgram([main, asyncEntry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const mainEntries = entriesOf(program, main);
  const asyncEntries = entriesOf(program, asyncEntry).map((e) => ({ ...e, group: 'async' }));

  const lines: string[] = [
    '---',
    'outline: [2, 3]',
    '---',
    '',
    '<!-- Generated by docs/scripts/generate.ts from packages/core/src/index.ts and async.ts. Do not edit. -->',
    '',
    '# API reference',
    '',
    'Everything `@rubricate/core` exports, with its signature and documentation, generated from the sources. `@rubricate/core/async` is listed last.',
    'For how the pieces fit together, start with the [developer guide](/guide/).',
    '',
  ];
  for (const group of groupOrder(mainEntries)) {
    const entries = mainEntries.filter((e) => e.group === group).sort(byName);
    lines.push(`## ${GROUP_TITLES[group] ?? group} {#${group}}`, '');
    if (group === 'schema') {
      renderSchemaTable(entries, lines);
      continue;
    }
    for (const e of entries) renderEntry(e, lines);
  }
  lines.push('## @rubricate/core/async {#async}', '', 'Imported from its own subpath, so that the main entry never loads json-rules-engine.', '');
  for (const e of asyncEntries.sort(byName)) renderEntry(e, lines);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd().concat('\n');
}
