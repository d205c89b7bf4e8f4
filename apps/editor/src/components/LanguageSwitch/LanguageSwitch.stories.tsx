import type { Meta, StoryObj } from '@storybook/react-vite';
import { LanguageSwitch } from './LanguageSwitch';

const meta: Meta<typeof LanguageSwitch> = { title: 'Views/LanguageSwitch', component: LanguageSwitch };
export default meta;

export const Default: StoryObj<typeof LanguageSwitch> = {};
