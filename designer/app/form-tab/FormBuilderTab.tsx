/**
 * 申请表单: the visual form builder. Palette | outline (canvas) | properties of the selected field
 * | live preview drawn by the applicant renderer (`runtime/web/form-renderer`), so the designer sees
 * exactly what applicants will.
 *
 * Every edit is a command on one `FormCommandStack` (undo / redo); after each, the new form goes to
 * the page through `onChange`. A form changed from outside (a reload, another tab) starts a new
 * history. A rename also rewrites the conditions outside the form (materials, flow edges) that
 * read the field, in the same update, so nothing is left pointing at the old key.
 *
 * Clicking a palette item adds the field after the selected one (inside it when a section, grid or
 * table is selected), or at the end of the form when nothing is selected.
 */
import { App as AntApp, Button, Space, Tooltip, Typography } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ApplicantForm, type ApplicantFormHandle } from '../../../runtime/web/form-renderer/index';
import {
  conditionReaders, dataPathOf, FormCommandStack, formOutline, nextFieldName,
  type FieldKindId, type FormCommand, type OutlineNode,
} from '../../form-builder/index';
import { locate } from '../../form-builder/form-tree';
import type { EditorTabProps } from '../editor-tab';
import { useI18n } from '../i18n';
import { FieldProperties } from './FieldProperties';
import { FormCanvas } from './FormCanvas';
import { FormPalette } from './FormPalette';
import { acceptsChildren, commandErrorKey, dropCommand, readersOutsideForm, renamedPath, renameOutsideForm, stepCommand, type DragSource, type DropTarget } from './form-tab-edits';
import { PreviewBoundary } from './PreviewBoundary';
import './form-tab.css';

function findNode(nodes: readonly OutlineNode[], path: string | undefined): OutlineNode | undefined {
  if (path === undefined) return undefined;
  for (const n of nodes) {
    if (n.path === path) return n;
    const inner = findNode(n.children, path);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function descendants(node: OutlineNode): OutlineNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

export function FormBuilderTab(props: EditorTabProps) {
  const { definition, readOnly, onChange } = props;
  const { t, lang } = useI18n();
  const { message, modal } = AntApp.useApp();
  const stackRef = useRef<FormCommandStack>();
  const seenForm = useRef(definition.form);
  if (stackRef.current === undefined) stackRef.current = new FormCommandStack(definition.form);
  // A form that arrives from outside (not the one we last handed up) starts a new history.
  if (definition.form !== seenForm.current) {
    seenForm.current = definition.form;
    if (definition.form !== stackRef.current.form) stackRef.current = new FormCommandStack(definition.form);
  }
  const stack = stackRef.current;
  const form = stack.form;
  const [, setVersion] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [checkResult, setCheckResult] = useState<string>();
  const dragging = useRef<DragSource | undefined>(undefined);
  const preview = useRef<ApplicantFormHandle>(null);
  const root = useRef<HTMLDivElement>(null);

  const outline = useMemo(() => formOutline(form), [form]);
  const node = findNode(outline, selected);
  const field = node === undefined ? undefined : locate(form, node.path)?.field;

  /** Hands the stack's form (and any outside rewrite) to the page, and redraws. */
  const publish = (extra?: (d: typeof definition) => typeof definition) => {
    const next = stack.form;
    onChange((d) => {
      const withForm = { ...d, form: next };
      return extra === undefined ? withForm : extra(withForm);
    });
    setVersion((v) => v + 1);
    setCheckResult(undefined);
  };

  /** Says why a command was refused, in the user's words where the refusal is a known one. */
  const refuse = (error: string) => {
    const key = commandErrorKey(error);
    message.error(t('form.error', { message: key === undefined ? error : t(key) }));
  };

  const execute = (command: FormCommand, extra?: (d: typeof definition) => typeof definition): boolean => {
    if (readOnly) return false;
    const failed = stack.execute(command);
    if (failed !== undefined) {
      refuse(failed.error);
      return false;
    }
    publish(extra);
    return true;
  };

  const add = (kind: FieldKindId, parentPath: string, index?: number) => {
    const name = nextFieldName(form);
    if (execute({ type: 'field.add', kind, parentPath, index, name })) setSelected(parentPath === '' ? name : `${parentPath}.${name}`);
  };

  const addFromPalette = (kind: FieldKindId) => {
    if (node === undefined) return add(kind, '');
    if (acceptsChildren(form, node.path) && node.kind !== 'address') return add(kind, node.path);
    const cmd = dropCommand(form, { kind }, { path: node.path, position: 'after' });
    if (cmd?.type === 'field.add') add(kind, cmd.parentPath ?? '', cmd.index);
  };

  const onDrop = (source: DragSource, target: DropTarget) => {
    const cmd = dropCommand(form, source, target);
    if (cmd === undefined) return;
    if (cmd.type === 'field.add') return add(cmd.kind, cmd.parentPath ?? '', cmd.index);
    if (cmd.type === 'field.move' && execute(cmd)) setSelected(`${cmd.parentPath === '' ? '' : `${cmd.parentPath}.`}${cmd.path.split('.').at(-1)}`);
  };

  const move = (delta: -1 | 1) => {
    if (node === undefined) return;
    const cmd = stepCommand(form, node.path, delta);
    if (cmd !== undefined) execute(cmd);
  };

  const rename = (path: string, newName: string) => {
    const before = form;
    const from = dataPathOf(before, path);
    const failed = stack.execute({ type: 'field.rename', path, newName });
    if (failed !== undefined) {
      refuse(failed.error);
      return;
    }
    const newPath = renamedPath(path, newName);
    const to = dataPathOf(stack.form, newPath);
    publish(from !== undefined && to !== undefined && !from.includes('[]') ? (d) => renameOutsideForm(d, from, to) : undefined);
    setSelected(newPath);
  };

  const remove = () => {
    if (node === undefined) return;
    const leaving = descendants(node);
    const leavingPaths = new Set(leaving.map((n) => n.path));
    const readers = new Set<string>();
    for (const n of leaving) {
      if (n.dataPath === undefined) continue;
      for (const p of conditionReaders(form, n.dataPath)) {
        if (!leavingPaths.has(p)) readers.add(findNode(outline, p)?.title ?? p);
      }
      for (const r of readersOutsideForm(definition, n.dataPath)) readers.add(r);
    }
    const doIt = () => {
      if (!execute({ type: 'field.remove', path: node.path })) return;
      setSelected(undefined);
      // The focused card is gone: keep the keys (undo) working by focusing the tab itself.
      root.current?.focus();
    };
    if (readers.size === 0) return doIt();
    modal.confirm({
      title: t('form.deleteConfirm', { title: node.title }),
      content: t('form.deleteReaders', { list: [...readers].join('、') }),
      okButtonProps: { danger: true, ...({ 'data-testid': 'form-delete-ok' } as Record<string, string>) },
      onOk: doIt,
    });
  };

  const undo = () => {
    if (stack.undo()) publish();
  };
  const redo = () => {
    if (stack.redo()) publish();
  };

  const check = async () => {
    const errors = (await preview.current?.validate()) ?? [];
    setCheckResult(errors.length === 0 ? t('form.preview.valid') : t('form.preview.invalid', { n: errors.length }));
  };

  /** Ctrl/⌘+Z, Ctrl/⌘+Shift+Z or Ctrl+Y, and Delete on the outline; typing in a box keeps the box's own keys. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (readOnly || target.closest('input, textarea, [contenteditable="true"], .ant-select')) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 'z') {
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    } else if (mod && key === 'y') {
      e.preventDefault();
      redo();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && node !== undefined && target.closest('[data-testid="form-canvas"]')) {
      e.preventDefault();
      remove();
    }
  };

  return (
    <div ref={root} tabIndex={-1} className={`mf-form-tab${readOnly ? ' mf-readonly' : ''}`} data-testid="form-tab" onKeyDown={onKeyDown}>
      {!readOnly && (
        <div>
          <div className="mf-form-pane-title">{t('form.palette')}</div>
          <FormPalette onAdd={addFromPalette} dragging={dragging} />
        </div>
      )}
      <div>
        <div className="mf-form-pane-title">
          <span>{t('form.canvas')}</span>
          {!readOnly && (
            <Space size={4} wrap style={{ marginLeft: 'auto' }}>
              <Button size="small" onClick={undo} disabled={!stack.canUndo} data-testid="form-undo">{t('form.undo')}</Button>
              <Button size="small" onClick={redo} disabled={!stack.canRedo} data-testid="form-redo">{t('form.redo')}</Button>
              <Tooltip title={t('form.up')}>
                <Button size="small" onClick={() => move(-1)} disabled={node === undefined} data-testid="form-field-up">↑</Button>
              </Tooltip>
              <Tooltip title={t('form.down')}>
                <Button size="small" onClick={() => move(1)} disabled={node === undefined} data-testid="form-field-down">↓</Button>
              </Tooltip>
              <Button size="small" danger onClick={remove} disabled={node === undefined} data-testid="form-field-delete">{t('form.delete')}</Button>
            </Space>
          )}
        </div>
        <FormCanvas form={form} outline={outline} selected={node?.path} readOnly={readOnly} onSelect={setSelected} dragging={dragging} onDrop={onDrop} />
      </div>
      <div>
        <div className="mf-form-pane-title">{t('form.props')}</div>
        {node !== undefined && field !== undefined ? (
          <FieldProperties key={node.path} form={form} node={node} field={field} disabled={readOnly} execute={(c) => void execute(c)} rename={rename} />
        ) : (
          <Typography.Text type="secondary">{t('form.props.none')}</Typography.Text>
        )}
      </div>
      <div className="mf-form-preview" data-testid="form-preview">
        <div className="mf-form-pane-title">
          <span>{t('form.preview')}</span>
          <Space size={4} style={{ marginLeft: 'auto' }}>
            {checkResult && <Typography.Text type="secondary" data-testid="form-preview-result">{checkResult}</Typography.Text>}
            <Button size="small" onClick={() => void check()} data-testid="form-preview-check">{t('form.preview.check')}</Button>
          </Space>
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('form.preview.hint')}</Typography.Paragraph>
        <PreviewBoundary resetKey={form}>
          <ApplicantForm form={form} lang={lang === 'en' ? 'en' : 'zh-CN'} ref={preview} />
        </PreviewBoundary>
      </div>
    </div>
  );
}

