import type { Rubric } from '@rubricate/core';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { SummarisedCohort } from '../score/score-cohort.js';
import { errorWhere } from './errors.js';
import { grid } from './grid.js';
import { categoryLabel, levelLabel, ruleLabel } from './labels.js';
import { formatPoints } from './number.js';


/** "名称（说明）" / "name (note)". */
function paren(text: string, note: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${note}）` : `${text} (${note})`;
}

/**
 * The `--format table` report for people: the results, then the distribution, the quotas, the rank
 * rules and the subjects that could not be scored, with labels in `lang` and columns aligned by
 * display width (Chinese characters are two columns wide).
 */
export function scoreTable(scored: SummarisedCohort, rubric: Rubric, lang: Lang): string {
  const m = messages(lang);
  const { cohort, errors } = scored;
  const hasCategories = cohort.results.some((r) => r.category !== undefined);
  const out: string[] = [];

  out.push(m.headingResults(cohort.results.length), '');
  const header = [m.colId, ...(hasCategories ? [m.colCategory] : []), m.colScore, m.colLevel, m.colBand, m.colOutcomes, m.colFlags];
  const rows = cohort.results.map((r) => [
    r.id,
    ...(hasCategories ? [categoryLabel(rubric, r.category, lang)] : []),
    formatPoints(r.score),
    levelLabel(rubric, r.level, lang),
    r.bandLevel === r.level ? '' : levelLabel(rubric, r.bandLevel, lang),
    r.outcomes.map((o) => o.label[lang]).join(lang === 'zh' ? '；' : '; '),
    // The rule behind a flag names it briefly; its full message is in `explain`.
    r.flags.map((f) => (f.rule !== undefined ? ruleLabel(rubric, f.rule, lang) : undefined) ?? f.message[lang]).join(lang === 'zh' ? '；' : '; '),
  ]);
  const align = header.map((h): 'left' | 'right' => (h === m.colScore ? 'right' : 'left'));
  // Band level, outcomes and review columns are left out when no row has anything in them.
  const optional = new Set([m.colBand, m.colOutcomes, m.colFlags]);
  const keep = header.map((h, i) => !optional.has(h) || rows.some((r) => r[i] !== ''));
  const only = <T,>(cells: T[]) => cells.filter((_, i) => keep[i]);
  out.push(...grid(only(header), rows.map(only), only(align)), '');

  out.push(m.headingDistribution, '');
  out.push(
    ...grid(
      [m.colLevel, m.colCount, m.colPercent],
      cohort.distribution.map((d) => [levelLabel(rubric, d.level, lang), String(d.count), `${formatPoints(d.percent)}%`]),
      ['left', 'right', 'right'],
    ),
    '',
  );

  if (cohort.quotas.length > 0) {
    out.push(m.headingQuotas, '');
    const quotaRows = cohort.quotas.map((q) => [
      ruleLabel(rubric, q.id, lang) ?? q.id,
      m.quotaKind[q.kind] ?? q.kind,
      q.category === undefined ? m.allCategories : categoryLabel(rubric, q.category, lang),
      String(q.population),
      String(q.limit),
      String(q.before),
      String(q.after),
      q.met ? m.yes : m.no,
      q.moved.join(', '),
      q.tiedForReview.join(', '),
    ]);
    out.push(
      ...grid(
        [m.colQuota, m.colKind, m.colCategory, m.colPopulation, m.colLimit, m.colBefore, m.colAfter, m.colMet, m.colMoved, m.colTied],
        quotaRows,
        ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'left'],
      ),
    );
    for (const q of cohort.quotas) out.push(`  · ${q.message[lang]}`);
    out.push('');
  }

  if (cohort.ranks.length > 0) {
    out.push(m.headingRanks, '');
    out.push(
      ...grid(
        [m.colRank, m.colPopulation, m.colCount, m.colSubjects, m.colTied],
        cohort.ranks.map((r) => [
          paren(ruleLabel(rubric, r.id, lang) ?? r.id, m.rankDirection[r.direction] ?? r.direction, lang),
          String(r.population),
          String(r.count),
          r.subjects.join(', '),
          r.tiedForReview.join(', '),
        ]),
        ['left', 'right', 'right', 'left', 'left'],
      ),
      '',
    );
  }

  if (errors.length > 0) {
    out.push(m.headingErrors(new Set(errors.map((e) => e.index)).size), '');
    out.push(...grid([m.colWhere, m.colMessage], errors.map((e) => [errorWhere(e, lang), e.message[lang]])), '');
  }
  out.push(m.summary(cohort.results.length, new Set(errors.map((e) => e.index)).size));
  return `${out.join('\n')}\n`;
}
