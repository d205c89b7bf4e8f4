import type { Meta, StoryObj } from '@storybook/react-vite';
import { GatesEditor } from './GatesEditor';

const meta: Meta<typeof GatesEditor> = { title: 'Form/GatesEditor', component: GatesEditor };
export default meta;

export const Default: StoryObj<typeof GatesEditor> = {};
