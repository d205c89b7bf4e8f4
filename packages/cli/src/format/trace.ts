import type { CohortResult, Rubric, SubjectResult, TraceEntry } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { pick } from '../i18n/text.js';
import { grid } from './grid.js';
import { categoryLabel, levelLabel, ruleLabel } from './labels.js';
import { formatAmount, formatPoints } from './number.js';

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/** "依据：三(三)5 “quote”" and "假设 id：text" — where a rule comes from. */
function clauseText(entry: TraceEntry, rubric: Rubric, lang: Lang): string[] {
  const m = messages(lang);
  const lines: string[] = [];
  if (entry.clause) {
    const quote = entry.clause.quote ? (lang === 'zh' ? ` “${entry.clause.quote}”` : ` "${entry.clause.quote}"`) : '';
    lines.push(`${m.explainClause}${colon(lang)}${entry.clause.ref}${quote}`);
  }
  for (const id of entry.assumptions ?? []) {
    const assumption = rubric.assumptions?.find((a) => a.id === id);
    lines.push(`${m.explainAssumption} ${id}${assumption ? `${colon(lang)}${pick(assumption.text, lang)}` : ''}`);
  }
  return lines;
}

/** What the step did: a signed amount, a level change, or nothing. */
function effectText(entry: TraceEntry, rubric: Rubric, lang: Lang): string {
  if (entry.amount !== undefined) return formatAmount(entry.amount);
  if (entry.from !== undefined || entry.to !== undefined) {
    const to = entry.to === undefined ? '' : levelLabel(rubric, entry.to, lang);
    return entry.from === undefined ? `→ ${to}` : `${levelLabel(rubric, entry.from, lang)} → ${to}`;
  }
  return '';
}

/** The indicator table: each section and indicator with its points out of its maximum. */
function sectionLines(result: SubjectResult, rubric: Rubric, lang: Lang): string[] {
  const m = messages(lang);
  const rows: string[][] = [];
  for (const section of result.sections) {
    rows.push([ruleLabel(rubric, section.id, lang) ?? section.id, section.id, `${formatPoints(section.points)} / ${formatPoints(section.max)}`]);
    for (const indicator of section.indicators) {
      const points = indicator.applicable
        ? `${formatPoints(indicator.points)} / ${formatPoints(indicator.max)}`
        : m.explainNotApplicable;
      rows.push([`  ${ruleLabel(rubric, indicator.id, lang) ?? indicator.id}`, indicator.id, points]);
    }
  }
  return grid(['', '', m.colScore], rows, ['left', 'left', 'right']).slice(2).map((l) => `  ${l}`);
}

/**
 * `rubricate explain`: one subject's result told step by step — every indicator's points, every
 * bonus and deduction, caps, the clamp, the band, gates and overrides, quota moves, ranks and
 * outcomes, each with the clause it rests on — then the score and the levels.
 */
export function explainText(result: SubjectResult, cohort: CohortResult, rubric: Rubric, lang: Lang): string {
  const m = messages(lang);
  const out: string[] = [];
  out.push(m.explainTitle(result.id));
  out.push(m.explainRubric(pick(rubric.title, lang), cohort.rubric.id, cohort.rubric.version, cohort.rubric.hash.slice(0, 12)));
  if (result.category !== undefined) out.push(m.explainCategory(categoryLabel(rubric, result.category, lang)));
  out.push('', m.explainSections, ...sectionLines(result, rubric, lang));

  out.push('', m.explainSteps);
  for (const entry of result.trace) {
    const step = m.stepNames[entry.step] ?? entry.step;
    const label = ruleLabel(rubric, entry.rule, lang);
    const name = label === undefined || label === entry.rule ? entry.rule : `${label} (${entry.rule})`;
    const effect = effectText(entry, rubric, lang);
    out.push(`  [${step}] ${name}${effect === '' ? '' : `  ${effect}`}`);
    out.push(`      ${entry.message[lang]}`);
    for (const line of clauseText(entry, rubric, lang)) out.push(`      ${line}`);
  }

  out.push('', m.explainScore(formatPoints(result.score), formatPoints(result.unclampedScore)));
  out.push(m.explainBand(levelLabel(rubric, result.bandLevel, lang)));
  if (result.levelBeforeQuota !== result.bandLevel) out.push(m.explainBeforeQuota(levelLabel(rubric, result.levelBeforeQuota, lang)));
  if (result.outcomes.length > 0) {
    out.push(`${m.explainOutcomes}${colon(lang)}${result.outcomes.map((o) => o.label[lang]).join(lang === 'zh' ? '；' : '; ')}`);
  }
  // A flag's message already says it is for review.
  for (const flag of result.flags) out.push(flag.message[lang]);
  out.push(m.explainFinal(levelLabel(rubric, result.level, lang)));
  return `${out.join('\n')}\n`;
}
