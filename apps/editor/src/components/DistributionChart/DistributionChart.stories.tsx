import type { Meta, StoryObj } from '@storybook/react-vite';
import { DistributionChart } from './DistributionChart';

const meta: Meta<typeof DistributionChart> = { title: 'Views/DistributionChart', component: DistributionChart };
export default meta;

export const Default: StoryObj<typeof DistributionChart> = {
  args: {
    rubric: null,
    rows: [
      { level: 'five', count: 10, percent: 10 },
      { level: 'four', count: 42, percent: 42 },
      { level: 'three', count: 38, percent: 38 },
      { level: null, count: 10, percent: 10 },
    ],
    quotas: [
      { id: 'five-cap', kind: 'atMost', population: 100, limit: 10, before: 14, after: 10, met: true, moved: ['S01', 'S02', 'S03', 'S04'], tiedForReview: [], message: { zh: '五星级 14 个，超过上限 10 个，4 个调整为四星级', en: '14 five-star, above the limit of 10; 4 moved to four stars' } },
    ],
  },
};
