import type { Meta, StoryObj } from '@storybook/react-vite';
import { ScoringTable } from './ScoringTable';

const meta: Meta<typeof ScoringTable> = { title: 'Views/ScoringTable', component: ScoringTable };
export default meta;

export const Default: StoryObj<typeof ScoringTable> = {};
