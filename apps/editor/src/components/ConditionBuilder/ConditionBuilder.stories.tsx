import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConditionBuilder } from './ConditionBuilder';

const meta: Meta<typeof ConditionBuilder> = { title: 'Edit/ConditionBuilder', component: ConditionBuilder };
export default meta;

export const FactTest: StoryObj<typeof ConditionBuilder> = { args: { path: ['gates', 0, 'when'], label: '触发条件' } };
export const Group: StoryObj<typeof ConditionBuilder> = { args: { path: ['gates', 1, 'when'], label: '触发条件' } };
export const Optional: StoryObj<typeof ConditionBuilder> = { args: { path: ['outcomes', 0, 'when'], label: '附加条件', optional: true } };
