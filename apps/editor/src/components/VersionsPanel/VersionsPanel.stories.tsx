import type { Meta, StoryObj } from '@storybook/react-vite';
import { VersionsPanel } from './VersionsPanel';

const meta: Meta<typeof VersionsPanel> = { title: 'Views/VersionsPanel', component: VersionsPanel };
export default meta;

export const Default: StoryObj<typeof VersionsPanel> = {};
