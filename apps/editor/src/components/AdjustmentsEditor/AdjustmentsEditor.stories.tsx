import type { Meta, StoryObj } from '@storybook/react-vite';
import { AdjustmentsEditor } from './AdjustmentsEditor';

const meta: Meta<typeof AdjustmentsEditor> = { title: 'Form/AdjustmentsEditor', component: AdjustmentsEditor };
export default meta;

export const Default: StoryObj<typeof AdjustmentsEditor> = {};
