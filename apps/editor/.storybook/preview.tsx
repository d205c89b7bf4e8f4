import type { Decorator, Preview } from '@storybook/react-vite';
import { useMemo } from 'react';
import { CheckProvider } from '../src/app/CheckContext';
import { createEditorStore, EditorProvider } from '../src/app/EditorContext';
import { initI18n } from '../src/i18n';
import { sampleRubric } from '../src/stories/sampleRubric';
import '../src/styles.css';

const i18n = initI18n('zh');

/** Each story gets its own editor store holding the sample rubric (or `parameters.doc`). */
const withEditor: Decorator = (Story, ctx) => {
  const doc = (ctx.parameters as { doc?: unknown }).doc ?? sampleRubric;
  const store = useMemo(() => createEditorStore(structuredClone(doc)), [doc]);
  const lang = (ctx.globals as { lang?: string }).lang ?? 'zh';
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  return (
    <EditorProvider store={store}>
      <CheckProvider>
        <Story />
      </CheckProvider>
    </EditorProvider>
  );
};

const preview: Preview = {
  decorators: [withEditor],
  globalTypes: {
    lang: {
      description: 'UI language',
      toolbar: { title: '语言 / Language', items: [{ value: 'zh', title: '中文' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'zh' },
};
export default preview;
