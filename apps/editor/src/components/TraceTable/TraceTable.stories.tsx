import type { Meta, StoryObj } from '@storybook/react-vite';
import { TraceTable } from './TraceTable';

const meta: Meta<typeof TraceTable> = { title: 'Views/TraceTable', component: TraceTable };
export default meta;

export const Default: StoryObj<typeof TraceTable> = {
  args: {
    rubric: null,
    result: {
      id: 'S01', score: 86, unclampedScore: 86, bandLevel: 'four', levelBeforeQuota: 'four', level: 'four', sections: [], adjustments: [], gates: [], crosswalks: {}, outcomes: [], flags: [],
      rubric: { id: 'sample', version: '1.0.0', hash: '' },
      trace: [
        { step: 'indicator', rule: 'organisation', amount: 45, clause: { ref: '四(一)1' }, message: { zh: '组织健全 得 45 分', en: 'Sound organisation: 45' } },
        { step: 'adjustment', rule: 'criticism', amount: -3, clause: { ref: '四(三)3' }, message: { zh: '被通报批评 1 次，扣 3 分', en: 'Criticised once: −3' } },
        { step: 'band', rule: 'four', from: null, to: 'four', message: { zh: '86 分，四星级', en: '86: four stars' } },
      ],
    },
  },
};
