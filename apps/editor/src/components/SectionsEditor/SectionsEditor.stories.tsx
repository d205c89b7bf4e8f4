import type { Meta, StoryObj } from '@storybook/react-vite';
import { SectionsEditor } from './SectionsEditor';

const meta: Meta<typeof SectionsEditor> = { title: 'Form/SectionsEditor', component: SectionsEditor };
export default meta;

export const Default: StoryObj<typeof SectionsEditor> = {};
