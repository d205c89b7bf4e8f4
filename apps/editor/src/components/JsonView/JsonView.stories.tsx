import type { Meta, StoryObj } from '@storybook/react-vite';
import { JsonView } from './JsonView';

const meta: Meta<typeof JsonView> = { title: 'Edit/JsonView', component: JsonView, decorators: [(S) => <div style={{ height: 500, display: 'flex' }}><S /></div>] };
export default meta;

export const Default: StoryObj<typeof JsonView> = {};
