import type { Meta, StoryObj } from '@storybook/react-vite';
import { LevelRuler } from './LevelRuler';

const meta: Meta<typeof LevelRuler> = { title: 'Edit/LevelRuler', component: LevelRuler };
export default meta;

export const HalfOpen: StoryObj<typeof LevelRuler> = {
  args: {
    levels: [
      { id: 'five', label: { zh: '五星级' }, band: { min: 90 } },
      { id: 'four', label: { zh: '四星级' }, band: { min: 80, max: 90 } },
      { id: 'none', label: { zh: '不定星级' }, band: { max: 80 } },
    ],
  },
};
/** The source's integer ranges read literally: gaps at 89–90 and 100 itself. */
export const GapsAndOverlaps: StoryObj<typeof LevelRuler> = {
  args: {
    levels: [
      { id: 'five', label: { zh: '五星级' }, band: { min: 90, max: 100 } },
      { id: 'four', label: { zh: '四星级' }, band: { min: 80, max: 89 } },
      { id: 'three', label: { zh: '三星级' }, band: { min: 60, max: 85 } },
    ],
  },
};
