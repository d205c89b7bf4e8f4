import type { Meta, StoryObj } from '@storybook/react-vite';
import { TryIt } from './TryIt';

const meta: Meta<typeof TryIt> = { title: 'Views/TryIt', component: TryIt };
export default meta;

export const Default: StoryObj<typeof TryIt> = {};
