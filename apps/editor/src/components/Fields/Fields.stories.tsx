import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckField, IdListField, LocalisedField, NumberField, SelectField, TextField } from './Fields';

function AllFields() {
  return (
    <div>
      <TextField path={['id']} label="编号" required hint="字母开头" />
      <NumberField path={['scale', 'max']} label="满分" />
      <SelectField path={['scale', 'rounding']} label="舍入" emptyLabel="默认" options={[{ value: 'half-up', label: '四舍五入' }]} />
      <CheckField path={['scale', 'clamp']} label="限定分数" />
      <LocalisedField path={['title']} label="标题" required />
      <IdListField path={['quotas', 0, 'levels']} label="等次" options={[{ value: 'five', label: '五星级' }, { value: 'four', label: '四星级' }]} />
    </div>
  );
}

const meta: Meta<typeof AllFields> = { title: 'Edit/Fields', component: AllFields };
export default meta;

export const Default: StoryObj<typeof AllFields> = {};
