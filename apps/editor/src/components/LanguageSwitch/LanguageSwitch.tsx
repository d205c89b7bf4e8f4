import { useTranslation } from 'react-i18next';
import { saveLang, type Lang } from '../../i18n';

/** One click between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
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
      }}
    >
      {next === 'zh' ? '中文' : 'English'}
    </button>
  );
}
