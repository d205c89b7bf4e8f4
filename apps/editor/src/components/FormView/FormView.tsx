import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AdjustmentsEditor } from '../AdjustmentsEditor/AdjustmentsEditor';
import { CohortRulesEditor } from '../CohortRulesEditor/CohortRulesEditor';
import { FactsEditor } from '../FactsEditor/FactsEditor';
import { GatesEditor } from '../GatesEditor/GatesEditor';
import { IdentityForm } from '../IdentityForm/IdentityForm';
import { LevelsEditor } from '../LevelsEditor/LevelsEditor';
import { OutcomesEditor } from '../OutcomesEditor/OutcomesEditor';
import { SectionsEditor } from '../SectionsEditor/SectionsEditor';

export const FORM_TABS = ['identity', 'facts', 'sections', 'adjustments', 'levels', 'gates', 'cohort', 'outcomes'] as const;
export type FormTab = (typeof FORM_TABS)[number];

const TAB_OF_KEY: Record<string, FormTab> = {
  facts: 'facts',
  sections: 'sections',
  adjustments: 'adjustments',
  adjustmentGroups: 'adjustments',
  levels: 'levels',
  crosswalks: 'levels',
  gates: 'gates',
  flags: 'gates',
  conditions: 'gates',
  quotas: 'cohort',
  ranks: 'cohort',
  outcomes: 'outcomes',
  history: 'outcomes',
};

/** The form tab that edits the top-level key of a path (everything else is on "identity"). */
export function tabForPath(path: readonly (string | number)[]): FormTab {
  return TAB_OF_KEY[String(path[0] ?? '')] ?? 'identity';
}

const PANELS: Record<FormTab, ComponentType> = {
  identity: IdentityForm,
  facts: FactsEditor,
  sections: SectionsEditor,
  adjustments: AdjustmentsEditor,
  levels: LevelsEditor,
  gates: GatesEditor,
  cohort: CohortRulesEditor,
  outcomes: OutcomesEditor,
};

/** The form view: one tab per part of the rubric. */
export function FormView({ tab, onTab }: { tab: FormTab; onTab: (tab: FormTab) => void }) {
  const { t } = useTranslation();
  const Panel = PANELS[tab];
  return (
    <section className="form-view" aria-label={t('form.title')}>
      <div role="tablist" aria-label={t('form.parts')} className="subtabs">
        {FORM_TABS.map((id) => (
          <button
            key={id}
            role="tab"
            id={`formtab-${id}`}
            aria-selected={tab === id}
            aria-controls="form-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTab(id)}
            onKeyDown={(e) => {
              const i = FORM_TABS.indexOf(id);
              const next =
                e.key === 'ArrowRight' ? FORM_TABS[(i + 1) % FORM_TABS.length] : e.key === 'ArrowLeft' ? FORM_TABS[(i + FORM_TABS.length - 1) % FORM_TABS.length] : undefined;
              if (next) {
                onTab(next);
                requestAnimationFrame(() => document.getElementById(`formtab-${next}`)?.focus());
              }
            }}
          >
            {t(`form.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="form-panel" aria-labelledby={`formtab-${tab}`} className="form-scroll">
        <Panel />
      </div>
    </section>
  );
}
