import type { Meta, StoryObj } from '@storybook/react-vite';
import { OutcomesEditor } from './OutcomesEditor';

const meta: Meta<typeof OutcomesEditor> = { title: 'Form/OutcomesEditor', component: OutcomesEditor };
export default meta;

export const Default: StoryObj<typeof OutcomesEditor> = {};
