import type { StorybookConfig } from '@storybook/react-vite';

/** Every component has a story beside it (src/components/<Name>/<Name>.stories.tsx). */
const config: StorybookConfig = {
  stories: ['../src/components/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
};
export default config;
