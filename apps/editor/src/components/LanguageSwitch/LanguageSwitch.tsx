import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/EditorContext';
import { reloadKeepingState } from '../../app/persistence';
import { saveLang, type Lang } from '../../i18n';
import { resumable } from '../../state/editorState';

/**
 * One click between Chinese and English; the choice is remembered. The page then reloads itself,
 * keeping the rubric and the undo history, because Monaco fixes its own messages when it loads.
 */
export function LanguageSwitch({ reloadMonaco = true }: { reloadMonaco?: boolean }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const next: Lang = i18n.language === 'en' ? 'zh' : 'en';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={next === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('lang.switchTo')}
      data-testid="lang-switch"
      onClick={() => {
        saveLang(next);
        void i18n.changeLanguage(next);
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
        if (reloadMonaco) void reloadKeepingState(resumable(store.getState()));
      }}
    >
      {next === 'zh' ? '中文' : 'English'}
    </button>
  );
}
