import type { Meta, StoryObj } from '@storybook/react-vite';
import { Provenance } from './Provenance';

const meta: Meta<typeof Provenance> = { title: 'Edit/Provenance', component: Provenance };
export default meta;

export const Default: StoryObj<typeof Provenance> = { args: { path: ['adjustments', 0] } };
