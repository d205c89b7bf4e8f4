import type { Meta, StoryObj } from '@storybook/react-vite';
import { LanguageSwitch } from './LanguageSwitch';

const meta: Meta<typeof LanguageSwitch> = { title: 'Views/LanguageSwitch', component: LanguageSwitch };
export default meta;

/** In Storybook the page is not reloaded (there is no Monaco to re-localise). */
export const Default: StoryObj<typeof LanguageSwitch> = { args: { reloadMonaco: false } };
