import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProblemsPanel } from './ProblemsPanel';

const meta: Meta<typeof ProblemsPanel> = { title: 'Edit/ProblemsPanel', component: ProblemsPanel, args: { onPick: () => {} } };
export default meta;

export const WithIssues: StoryObj<typeof ProblemsPanel> = {
  args: {
    syntax: null,
    issues: [
      { code: 'ref.fact', severity: 'error', path: ['sections', 0, 'indicators', 1, 'points', 'fact'], message: { zh: '指标 rules 引用了未声明的录入事项 a9', en: 'Indicator rules uses the undeclared fact a9' } },
      { code: 'lint.band-gap', severity: 'warning', path: ['levels', 1, 'band'], message: { zh: '89 到 90 分之间没有等次', en: 'No level covers 89 to 90' } },
    ],
  },
};
export const SyntaxError: StoryObj<typeof ProblemsPanel> = { args: { issues: [], syntax: { message: { zh: '此处缺少值', en: 'a value is missing here' }, line: 3, column: 5, offset: 20 } } };
export const Clean: StoryObj<typeof ProblemsPanel> = { args: { issues: [], syntax: null } };
