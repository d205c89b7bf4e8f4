import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEdits, useValue } from '../../app/EditorContext';
import type { JsonPath } from '../../state/paths';

export interface SortableListProps<T> {
  /** The array in the document. */
  path: JsonPath;
  /** What one item is called, for buttons and screen readers ("指标"). */
  itemName: string;
  /** A new item to append. */
  create: (items: T[]) => T;
  /** The heading of an item (shown in its header). */
  title: (item: T, index: number) => string;
  children: (item: T, index: number, itemPath: JsonPath) => ReactNode;
}

/**
 * Keys that follow an item when it moves (its id, and which occurrence of that id it is), so a
 * moved item keeps its DOM and the keyboard focus stays on it; items without an id go by position.
 */
export function itemKeys(items: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !id) return `#${index}`;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}#${n}`;
  });
}

/** Which control of an item had the focus when it was moved: it gets the focus back afterwards. */
type MovedBy = 'handle' | 'up' | 'down';

/**
 * An ordered list of rubric items: drag by the handle, or move with the keyboard (focus the
 * handle, Alt+↑/↓; or Space to pick up, arrows, Space to drop), or the ↑/↓ buttons.
 */
export function SortableList<T>({ path, itemName, create, title, children }: SortableListProps<T>) {
  const { t } = useTranslation();
  const value = useValue<T[]>(path);
  const items = Array.isArray(value) ? value : [];
  const { insert, move } = useEdits();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = itemKeys(items);
  const listRef = useRef<HTMLOListElement>(null);
  // a move re-renders the list; the control that made it is focused again at the item's new place
  const refocus = useRef<{ index: number; by: MovedBy } | null>(null);
  useLayoutEffect(() => {
    const r = refocus.current;
    if (!r) return;
    refocus.current = null;
    const item = listRef.current?.children[r.index];
    const control = item?.querySelector<HTMLButtonElement>(`[data-control="${r.by}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('[data-control="handle"]');
    if (control && control !== document.activeElement) control.focus();
  });
  const moveBy = (from: number, to: number, by: MovedBy) => {
    refocus.current = { index: to, by };
    move(path, from, to);
  };
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    const from = keys.indexOf(String(e.active.id));
    const to = keys.indexOf(String(e.over.id));
    if (from >= 0 && to >= 0) moveBy(from, to, 'handle');
  };
  const name = (i: number) => `${itemName} ${i + 1}`;
  return (
    <div className="sortable-list" data-path={path.join('.')}>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('sortable.instructions') },
          announcements: {
            onDragStart: ({ active }) => t('sortable.picked', { n: keys.indexOf(String(active.id)) + 1 }),
            onDragOver: ({ over }) => (over ? t('sortable.over', { n: keys.indexOf(String(over.id)) + 1 }) : ''),
            onDragEnd: ({ over }) => (over ? t('sortable.dropped', { n: keys.indexOf(String(over.id)) + 1 }) : ''),
            onDragCancel: () => t('sortable.cancelled'),
          },
        }}
      >
        <SortableContext items={keys} strategy={verticalListSortingStrategy}>
          <ol ref={listRef} className="sortable-items" aria-label={t('sortable.listOf', { name: itemName })}>
            {items.map((item, i) => (
              <SortableItem
                key={keys[i]}
                id={keys[i]!}
                index={i}
                count={items.length}
                label={`${name(i)}：${title(item, i)}`}
                path={path}
                onMove={moveBy}
              >
                {children(item, i, [...path, i])}
              </SortableItem>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button type="button" className="add" onClick={() => insert(path, create(items))}>
        ＋ {t('common.add', { name: itemName })}
      </button>
    </div>
  );
}

interface ItemProps {
  id: string;
  index: number;
  count: number;
  label: string;
  path: JsonPath;
  onMove: (from: number, to: number, by: MovedBy) => void;
  children: ReactNode;
}

function SortableItem({ id, index, count, label, path, onMove, children }: ItemProps) {
  const { t } = useTranslation();
  const { remove } = useEdits();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={`sortable-item ${isDragging ? 'dragging' : ''}`} data-path={[...path, index].join('.')}>
      <div className="sortable-head">
        <button
          type="button"
          className="handle"
          data-control="handle"
          aria-label={t('sortable.handle', { label })}
          {...attributes}
          {...listeners}
          onKeyDown={(e) => {
            if (e.altKey && e.key === 'ArrowUp' && index > 0) {
              e.preventDefault();
              onMove(index, index - 1, 'handle');
            } else if (e.altKey && e.key === 'ArrowDown' && index < count - 1) {
              e.preventDefault();
              onMove(index, index + 1, 'handle');
            } else listeners?.onKeyDown?.(e);
          }}
        >
          ⠿
        </button>
        <span className="sortable-title">{label}</span>
        <span className="sortable-actions">
          <button type="button" data-control="up" aria-label={t('sortable.up', { label })} disabled={index === 0} onClick={() => onMove(index, index - 1, 'up')}>
            ↑
          </button>
          <button type="button" data-control="down" aria-label={t('sortable.down', { label })} disabled={index === count - 1} onClick={() => onMove(index, index + 1, 'down')}>
            ↓
          </button>
          <button type="button" className="danger" aria-label={t('common.removeItem', { label })} onClick={() => remove(path, index)}>
            ✕
          </button>
        </span>
      </div>
      <div className="sortable-body">{children}</div>
    </li>
  );
}
