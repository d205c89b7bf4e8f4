import type { Meta, StoryObj } from '@storybook/react-vite';
import { App } from './App';

const meta: Meta<typeof App> = { title: 'App', component: App, parameters: { layout: 'fullscreen' } };
export default meta;

export const Default: StoryObj<typeof App> = {};
export const AfterRecovery: StoryObj<typeof App> = { args: { restoredAt: '2026-11-22T09:30:00Z' } };
