import type { Meta, StoryObj } from '@storybook/react-vite';
import { LocalisedField, TextField } from '../Fields/Fields';
import { SortableList } from './SortableList';

function Levels() {
  return (
    <SortableList<{ id?: string; label?: { zh?: string } }> path={['levels']} itemName="等次" create={(l) => ({ id: `l${l.length + 1}`, label: { zh: '' } })} title={(l) => l.label?.zh ?? ''}>
      {(_l, _i, p) => (
        <>
          <TextField path={[...p, 'id']} label="编号" />
          <LocalisedField path={[...p, 'label']} label="名称" />
        </>
      )}
    </SortableList>
  );
}

const meta: Meta<typeof Levels> = { title: 'Edit/SortableList', component: Levels };
export default meta;

export const Default: StoryObj<typeof Levels> = {};
