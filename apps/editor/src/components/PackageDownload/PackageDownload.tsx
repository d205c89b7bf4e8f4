import type { Rubric } from '@rubricate/core';
import { planRubricPackage } from '@rubricate/pack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheck } from '../../app/CheckContext';
import { useEditor } from '../../app/EditorContext';
import { download } from '../../app/download';
import { packageTarball, tarballName } from './tarball';

/** The same rule as @rubricate/pack's, checked here so the reason can be shown before packing. */
const SCOPE = /^@?[a-z0-9][a-z0-9._-]{0,213}$/;

/**
 * "Download as npm package": an optional scope, then the package @rubricate/pack plans, packed as
 * a `.tgz` in the browser. Disabled, with the reason, while the rubric has errors.
 */
export function PackageDownload() {
  const { t } = useTranslation();
  const { rubric, issues } = useCheck();
  const syntax = useEditor((s) => s.syntax);
  const [scope, setScope] = useState('');
  const [status, setStatus] = useState('');
  const errors = issues.filter((i) => i.severity === 'error').length;
  const trimmed = scope.trim();

  const reason = syntax
    ? t('packageDownload.syntax')
    : !rubric || errors > 0
      ? t('packageDownload.invalid', { n: Math.max(errors, 1) })
      : trimmed && !SCOPE.test(trimmed)
        ? t('packageDownload.badScope')
        : '';

  const run = async (r: Rubric) => {
    try {
      const plan = planRubricPackage(r, trimmed ? { scope: trimmed } : {});
      const tgz = await packageTarball(plan);
      download(tarballName(plan), tgz as Uint8Array<ArrayBuffer>, 'application/gzip');
      setStatus(t('packageDownload.done', { name: plan.name, version: plan.version }));
    } catch (err) {
      setStatus(t('packageDownload.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <section aria-labelledby="package-title" className="package-download">
      <h2 id="package-title">{t('packageDownload.title')}</h2>
      <p>{t('packageDownload.intro')}</p>
      <div className="row">
        <label className="field">
          <span className="field-label">{t('packageDownload.scope')}</span>
          <input value={scope} placeholder="@my-office" spellCheck={false} data-testid="package-scope" onChange={(e) => setScope(e.target.value)} />
        </label>
        <button type="button" disabled={reason !== ''} aria-describedby={reason ? 'package-reason' : undefined} onClick={() => rubric && void run(rubric)}>
          {t('packageDownload.download')}
        </button>
      </div>
      {reason ? (
        <p id="package-reason" className="notice" data-testid="package-reason">
          {reason}
        </p>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
