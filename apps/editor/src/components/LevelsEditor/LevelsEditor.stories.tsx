import type { Meta, StoryObj } from '@storybook/react-vite';
import { LevelsEditor } from './LevelsEditor';

const meta: Meta<typeof LevelsEditor> = { title: 'Form/LevelsEditor', component: LevelsEditor };
export default meta;

export const Default: StoryObj<typeof LevelsEditor> = {};
