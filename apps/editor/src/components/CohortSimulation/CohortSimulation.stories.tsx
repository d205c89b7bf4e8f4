import type { Meta, StoryObj } from '@storybook/react-vite';
import { CohortSimulation } from './CohortSimulation';

const meta: Meta<typeof CohortSimulation> = { title: 'Views/CohortSimulation', component: CohortSimulation };
export default meta;

export const Default: StoryObj<typeof CohortSimulation> = {};
