import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { FormView, type FormTab } from './FormView';

function Stateful({ initial }: { initial: FormTab }) {
  const [tab, setTab] = useState<FormTab>(initial);
  return <FormView tab={tab} onTab={setTab} />;
}

const meta: Meta<typeof Stateful> = { title: 'Edit/FormView', component: Stateful };
export default meta;

export const Identity: StoryObj<typeof Stateful> = { args: { initial: 'identity' } };
export const Levels: StoryObj<typeof Stateful> = { args: { initial: 'levels' } };
