/**
 * The form's outline as cards, in display order: click to select, drag to reorder or to move into
 * and out of a section, grid or table; palette items are dropped here too. The drop position
 * (before / after a card, or inside a container) follows the pointer; what a drop means is decided
 * by the pure `dropCommand`.
 *
 * Keyboard: Tab to a card, Enter to select it; the tab adds Delete and undo / redo keys.
 *
 * testids: `form-canvas`; each card `form-field-<name>` (with `data-path` holding its schema path);
 * a container's inner drop area `form-drop-<name>`.
 */
import { Tag, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import type { OutlineNode } from '../../form-builder/index';
import { locate } from '../../form-builder/form-tree';
import { useI18n } from '../i18n';
import { acceptsChildren, type DragSource, type DropTarget } from './form-tab-edits';

export interface FormCanvasProps {
  form: FormDefinition;
  outline: OutlineNode[];
  selected: string | undefined;
  readOnly: boolean;
  onSelect(path: string | undefined): void;
  /** The source being dragged (set by the palette too), read on drop. */
  dragging: { current: DragSource | undefined };
  onDrop(source: DragSource, target: DropTarget): void;
}

export function FormCanvas(props: FormCanvasProps) {
  const { t } = useI18n();
  const [hint, setHint] = useState<DropTarget>();
  const { outline, readOnly, dragging } = props;

  const over = (e: DragEvent, target: DropTarget) => {
    if (readOnly || dragging.current === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'kind' in dragging.current ? 'copy' : 'move';
    if (hint?.path !== target.path || hint.position !== target.position) setHint(target);
  };
  const drop = (e: DragEvent, target: DropTarget) => {
    if (readOnly || dragging.current === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const source = dragging.current;
    dragging.current = undefined;
    setHint(undefined);
    props.onDrop(source, target);
  };
  const ctx: ItemContext = { ...props, hint, over, drop, clearHint: () => setHint(undefined) };

  return (
    <div
      className={`mf-form-canvas${hint?.path === '' ? ' mf-drop-inside' : ''}`}
      data-testid="form-canvas"
      onClick={() => props.onSelect(undefined)}
      onDragOver={(e) => over(e, { path: '', position: 'inside' })}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHint(undefined);
      }}
      onDrop={(e) => drop(e, { path: '', position: 'inside' })}
    >
      {outline.length === 0 ? (
        <Typography.Text type="secondary" className="mf-form-empty">{t('form.canvas.empty')}</Typography.Text>
      ) : (
        outline.map((node) => <CanvasItem key={node.path} node={node} ctx={ctx} />)
      )}
    </div>
  );
}

interface ItemContext extends FormCanvasProps {
  hint: DropTarget | undefined;
  over(e: DragEvent, target: DropTarget): void;
  drop(e: DragEvent, target: DropTarget): void;
  clearHint(): void;
}

function CanvasItem({ node, ctx }: { node: OutlineNode; ctx: ItemContext }) {
  const { t } = useI18n();
  const container = acceptsChildren(ctx.form, node.path) && node.path !== '';
  const selected = ctx.selected === node.path;
  const hinted = ctx.hint?.path === node.path ? ctx.hint.position : undefined;
  /** Before or after this card, by which half of it the pointer is over. */
  const edge = (e: DragEvent): DropTarget => {
    const box = e.currentTarget.getBoundingClientRect();
    return { path: node.path, position: e.clientY < box.top + box.height / 2 ? 'before' : 'after' };
  };
  const type = node.kind === undefined ? locate(ctx.form, node.path)?.field.type : undefined;
  const kindLabel = node.kind ? t(`form.kind.${node.kind}`) : type === 'boolean' ? t('form.kind.boolean') : t('form.kind.other');

  return (
    <div className="mf-form-node">
      {hinted === 'before' && <div className="mf-drop-line" />}
      <div
        className={`mf-form-card${selected ? ' mf-selected' : ''}${container ? ' mf-container' : ''}`}
        data-testid={`form-field-${node.name}`}
        data-path={node.path}
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            ctx.onSelect(node.path);
          }
        }}
        draggable={!ctx.readOnly}
        onDragStart={(e) => {
          e.stopPropagation();
          ctx.dragging.current = { path: node.path };
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', node.path);
        }}
        onDragEnd={() => {
          ctx.dragging.current = undefined;
          ctx.clearHint();
        }}
        onDragOver={(e) => ctx.over(e, edge(e))}
        onDrop={(e) => ctx.drop(e, edge(e))}
        onClick={(e) => {
          e.stopPropagation();
          e.currentTarget.focus();
          ctx.onSelect(node.path);
        }}
      >
        <div className="mf-form-card-head">
          {!ctx.readOnly && <span className="mf-drag-handle" aria-hidden>⋮⋮</span>}
          <Typography.Text strong ellipsis style={{ maxWidth: 220 }}>{node.title}</Typography.Text>
          {node.required && <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('form.canvas.required')}</Tag>}
          <Tag style={{ marginInlineEnd: 0 }}>{kindLabel}</Tag>
          <Typography.Text type="secondary" className="mf-form-name">{node.name}</Typography.Text>
        </div>
        {node.visibility && (
          <Typography.Text type="secondary" className="mf-form-visibility" data-testid={`form-visibility-${node.name}`}>
            {node.visibility}
          </Typography.Text>
        )}
        {container && (
          <div
            className={`mf-form-children${hinted === 'inside' ? ' mf-drop-inside' : ''}`}
            data-testid={`form-drop-${node.name}`}
            onDragOver={(e) => ctx.over(e, { path: node.path, position: 'inside' })}
            onDrop={(e) => ctx.drop(e, { path: node.path, position: 'inside' })}
          >
            {node.children.map((child) => <CanvasItem key={child.path} node={child} ctx={ctx} />)}
            {!ctx.readOnly && <div className="mf-drop-slot">{t('form.canvas.dropHere')}</div>}
          </div>
        )}
      </div>
      {hinted === 'after' && <div className="mf-drop-line" />}
    </div>
  );
}
