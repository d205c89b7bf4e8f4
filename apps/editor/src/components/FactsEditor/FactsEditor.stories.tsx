import type { Meta, StoryObj } from '@storybook/react-vite';
import { FactsEditor } from './FactsEditor';

const meta: Meta<typeof FactsEditor> = { title: 'Form/FactsEditor', component: FactsEditor };
export default meta;

export const Default: StoryObj<typeof FactsEditor> = {};
