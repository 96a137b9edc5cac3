/**
 * The palette of field kinds, by group: click to add (see the tab for where), or drag onto the
 * canvas. testids: `form-palette-<kindId>`.
 */
import { Button, Typography } from 'antd';
import { FIELD_KINDS, type FieldKind, type FieldKindId } from '../../form-builder/index';
import { useI18n } from '../i18n';
import type { DragSource } from './form-tab-edits';

const GROUPS: FieldKind['group'][] = ['basic', 'choice', 'certificate', 'composite', 'layout'];

export function FormPalette({ onAdd, dragging }: { onAdd(kind: FieldKindId): void; dragging: { current: DragSource | undefined } }) {
  const { t } = useI18n();
  return (
    <div className="mf-form-palette" data-testid="form-palette">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('form.palette.hint')}</Typography.Text>
      {GROUPS.map((group) => (
        <div key={group}>
          <div className="mf-form-palette-group">{t(`form.group.${group}`)}</div>
          {FIELD_KINDS.filter((k) => k.group === group).map((kind) => (
            <Button
              key={kind.id}
              block
              size="small"
              className="mf-form-palette-item"
              draggable
              onDragStart={(e) => {
                dragging.current = { kind: kind.id };
                e.dataTransfer.effectAllowed = 'copy';
                e.dataTransfer.setData('text/plain', kind.id);
              }}
              onDragEnd={() => {
                dragging.current = undefined;
              }}
              onClick={() => onAdd(kind.id)}
              data-testid={`form-palette-${kind.id}`}
            >
              {t(`form.kind.${kind.id}`)}
            </Button>
          ))}
        </div>
      ))}
    </div>
  );
}
