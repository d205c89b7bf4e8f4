import type { Issue } from '@rubricate/core';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import type { SyntaxProblem } from '../../state/text';
import type { JsonPath } from '../../state/paths';

export interface ProblemsPanelProps {
  issues: Issue[];
  /** The JSON view's syntax problem, if its text does not parse. */
  syntax: SyntaxProblem | null;
  /** Called with the path of the problem the user picked. */
  onPick: (path: JsonPath) => void;
  /** Called to put the cursor at the syntax error in the JSON view. */
  onPickSyntax?: (line: number, column: number) => void;
}

/** Path as people read it: sections[0].indicators[2].max */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)), '') || '/';
}

/** Validation errors and lint warnings in the UI language; each one leads to its field. */
export function ProblemsPanel({ issues, syntax, onPick, onPickSyntax }: ProblemsPanelProps) {
  const { t, i18n } = useTranslation();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">
        {t('problems.title')}{' '}
        <span className="counts" role="status" data-testid="problem-counts">
          {t('problems.counts', { errors: errors + (syntax ? 1 : 0), warnings })}
        </span>
      </h2>
      <ul className="problem-list">
        {syntax ? (
          <li className="problem error">
            <button type="button" onClick={() => onPickSyntax?.(syntax.line, syntax.column)} data-testid="syntax-problem">
              <span className="sev sev-error">{t('problems.error')}</span>
              <span className="msg">
                {t('problems.syntax', { line: syntax.line, column: syntax.column })} {pick(syntax.message, i18n.language)}
              </span>
              <code className="code">json.syntax</code>
            </button>
          </li>
        ) : null}
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`} className={`problem ${issue.severity}`}>
            <button type="button" onClick={() => onPick(issue.path)} data-path-target={issue.path.join('.')}>
              <span className={`sev sev-${issue.severity}`}>{issue.severity === 'error' ? t('problems.error') : t('problems.warning')}</span>
              <span className="msg">{pick(issue.message, i18n.language)}</span>
              <code className="code">{issue.code}</code>
              <code className="where">{formatPath(issue.path)}</code>
            </button>
          </li>
        ))}
        {issues.length === 0 && !syntax ? <li className="problem ok">{t('problems.none')}</li> : null}
      </ul>
    </section>
  );
}
