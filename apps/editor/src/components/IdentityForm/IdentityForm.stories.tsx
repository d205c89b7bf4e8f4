import type { Meta, StoryObj } from '@storybook/react-vite';
import { IdentityForm } from './IdentityForm';

const meta: Meta<typeof IdentityForm> = { title: 'Form/IdentityForm', component: IdentityForm };
export default meta;

export const Default: StoryObj<typeof IdentityForm> = {};
