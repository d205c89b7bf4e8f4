import type { Meta, StoryObj } from '@storybook/react-vite';
import { Toolbar } from './Toolbar';

const meta: Meta<typeof Toolbar> = { title: 'Views/Toolbar', component: Toolbar };
export default meta;

export const Default: StoryObj<typeof Toolbar> = {};
