import type { Meta, StoryObj } from '@storybook/react-vite';
import { CohortRulesEditor } from './CohortRulesEditor';

const meta: Meta<typeof CohortRulesEditor> = { title: 'Form/CohortRulesEditor', component: CohortRulesEditor };
export default meta;

export const Default: StoryObj<typeof CohortRulesEditor> = {};
