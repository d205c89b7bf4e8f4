import type { Meta, StoryObj } from '@storybook/react-vite';
import { PointsRuleEditor } from './PointsRuleEditor';

const meta: Meta<typeof PointsRuleEditor> = { title: 'Edit/PointsRuleEditor', component: PointsRuleEditor };
export default meta;

export const Direct: StoryObj<typeof PointsRuleEditor> = { args: { path: ['sections', 0, 'indicators', 0, 'points'] } };
