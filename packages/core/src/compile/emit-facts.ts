import { FAST_UNITS_LIMIT } from '../decimal/decimal-string.js';
import { type NumericBounds, numericBounds } from '../evaluate/facts/fact-kinds.js';
import type { FactSlot } from '../evaluate/plan.js';
import { type EmitContext, REFUSE } from './emit-rules.js';
import { maskOf, maskOptions } from './list-mask.js';
import { idx, num, str } from './literal.js';

/**
 * Statements that read `g` (the subject's facts) into locals (`n<i>` for the numeric facts, `f<i>`
 * for the others, also `b<i>` for option lists read as masks (see list-mask.ts), and the arrays
 * `N`/`F` when `ctx.arrays`), and take one off `p` (which starts at the number of facts) for each
 * fact left out: then `p` is the number given, counted off the common path.
 * The compiled check of each declared fact, written out with its id and bounds as literals: the
 * same acceptance as the core's compiled check (`facts/read-facts.generated.ts`); anything it
 * refuses goes to the core's lean scorer, which names the problem.
 */
export function emitFacts(facts: readonly FactSlot[], ctx: EmitContext): string[] {
  const body: string[] = [];
  const n = (i: string): string => (ctx.arrays ? ` N[${i}] = n${i};` : '');
  const f = (i: string): string => (ctx.arrays ? ` F[${i}] = f${i};` : '');
  for (const fact of facts) {
    const i = idx(fact.index);
    body.push(`v = g[${str(fact.id)}];`);
    body.push('if (v === undefined) {');
    const options = maskOptions(fact);
    if (fact.required) body.push(`  ${REFUSE}`);
    else if (fact.numeric) body.push(`  n${i} = ${num(fact.defaultValue as number)};${n(i)} p--;`);
    else body.push(`  f${i} = D[${i}];${f(i)}${options ? ` b${i} = ${num(maskOf(options, fact.defaultValue) ?? 0)};` : ''} p--;`);
    body.push('} else {');
    const b = numericBounds(fact.decl);
    if (b) {
      const tests = ['typeof v !== "number"', `!(v >= ${num(b.min)} && v <= ${num(b.max)})`];
      if (b.min === -Infinity || b.max === Infinity) tests.push('v === Infinity || v === -Infinity');
      if (b.integer) tests.push('!Number.isInteger(v)');
      if (b.stepUnits !== 0) tests.push(stepTest(b));
      body.push(`  if (${tests.join(' || ')}) ${REFUSE}`);
      body.push(fact.numeric ? `  n${i} = v;${n(i)}` : `  f${i} = v;${f(i)}`);
    } else {
      const d = fact.decl;
      if (d.type === 'boolean') body.push(`  if (typeof v !== "boolean") ${REFUSE}`);
      else if (d.type === 'enum') body.push(`  if (${d.options.map((o) => `v !== ${str(o.id)}`).join(' && ') || 'true'}) ${REFUSE}`);
      else if (d.type === 'enumList') {
        const name = `list${i}`;
        const max = d.maxItems === undefined ? '' : ` || v.length > ${num(d.maxItems)}`;
        // With a mask, each option's bit (a repeat is a bit already set; the rules read the mask);
        // without one, a scan for repeats.
        const test = options
          ? [`const b = ${options.map((o, k) => `x === ${str(o)} ? ${num(2 ** k)} : `).join('')}0;`, 'if (b === 0 || (seen & b) !== 0) return -1;', 'seen |= b;']
          : [`if (!(${d.options.map((o) => `x === ${str(o.id)}`).join(' || ') || 'false'}) || v.indexOf(x) !== i) return false;`];
        ctx.helpers.set(name, [
          `function ${name}(v) {`,
          `  if (!Array.isArray(v)${max}) return ${options ? '-1' : 'false'};`,
          ...(options ? ['  let seen = 0;'] : []),
          '  for (let i = 0; i < v.length; i++) {',
          '    const x = v[i];',
          ...test.map((l) => `    ${l}`),
          '  }',
          `  return ${options ? 'seen' : 'true'};`,
          '}',
        ]);
        body.push(...(options ? [`  b${i} = ${name}(v);`, `  if (b${i} < 0) ${REFUSE}`] : [`  if (!${name}(v)) ${REFUSE}`]));
      } else if (d.type === 'string') {
        const max = d.maxLength === undefined ? '' : ` || v.length > ${num(d.maxLength)}`;
        body.push(`  if (typeof v !== "string"${max}) ${REFUSE}`);
      } else body.push(`  if (X[${i}](v) !== null) ${REFUSE}`);
      body.push(`  f${i} = v;${f(i)}`);
    }
    body.push('}');
  }
  return body;
}

/**
 * The test that fails when `v` is off the fact's step, as the core's `onStep` decides. A step
 * of 1/2^j (0.5, 0.25, 1) is the same test as "v·2^j is a whole number", which is exact in
 * binary, when the bounds keep v·10^k under the core's fast limit (beyond it the core decides
 * by the exact conversion, and so does this test, by refusing).
 */
function stepTest(b: NumericBounds): string {
  const fac = num(b.factor);
  const inverse = b.factor / b.stepUnits;
  const bounded = Math.max(Math.abs(b.min), Math.abs(b.max)) * b.factor < FAST_UNITS_LIMIT;
  if (bounded && Number.isInteger(inverse) && inverse > 0 && (inverse & (inverse - 1)) === 0) {
    return inverse === 1 ? '!Number.isInteger(v)' : `!Number.isInteger(v * ${num(inverse)})`;
  }
  const holds = [`u / ${fac} === v`];
  if (!bounded) holds.unshift(`Math.abs(u) < ${num(FAST_UNITS_LIMIT)}`);
  if (b.stepUnits !== 1) holds.push(`Number.isInteger(u / ${num(b.stepUnits)})`);
  return `!((u = Math.round(v * ${fac})), ${holds.join(' && ')})`;
}
