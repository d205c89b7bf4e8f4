import type { Meta, StoryObj } from '@storybook/react-vite';
import { PackageDownload } from './PackageDownload';

const meta: Meta<typeof PackageDownload> = { title: 'Views/PackageDownload', component: PackageDownload };
export default meta;

export const Default: StoryObj<typeof PackageDownload> = {};
