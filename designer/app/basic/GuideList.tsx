/**
 * A list element of the service guide (设定依据, 受理条件, 窗口, 收费项目) as rows with move up /
 * down / delete and an add button. Rows are rendered by the caller; edits go to the callbacks.
 * testids: `<testId>-add`, `<testId>-up-<i>`, `<testId>-down-<i>`, `<testId>-remove-<i>`.
 */
import { Button, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

interface GuideListProps<T> {
  items: readonly T[];
  testId: string;
  readOnly: boolean;
  renderItem(item: T, index: number): ReactNode;
  onAdd(): void;
  onRemove(index: number): void;
  onMove(index: number, delta: number): void;
  /** Whether another item may be added (lists have a maximum size). */
  canAdd?: boolean;
}

export function GuideList<T>({ items, testId, readOnly, renderItem, onAdd, onRemove, onMove, canAdd = true }: GuideListProps<T>) {
  const { t } = useI18n();
  return (
    <div data-testid={testId}>
      {items.length === 0 && readOnly && <Typography.Text type="secondary">{t('basic.list.empty')}</Typography.Text>}
      {items.map((item, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ minWidth: 20, paddingTop: 5 }}>{i + 1}.</Typography.Text>
          <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, i)}</div>
          {!readOnly && (
            <Space.Compact>
              <Tooltip title={t('basic.list.up')}>
                <Button disabled={i === 0} onClick={() => onMove(i, -1)} data-testid={`${testId}-up-${i}`} aria-label={t('basic.list.up')}>↑</Button>
              </Tooltip>
              <Tooltip title={t('basic.list.down')}>
                <Button disabled={i === items.length - 1} onClick={() => onMove(i, 1)} data-testid={`${testId}-down-${i}`} aria-label={t('basic.list.down')}>↓</Button>
              </Tooltip>
              <Tooltip title={t('basic.list.remove')}>
                <Button danger onClick={() => onRemove(i)} data-testid={`${testId}-remove-${i}`} aria-label={t('basic.list.remove')}>✕</Button>
              </Tooltip>
            </Space.Compact>
          )}
        </div>
      ))}
      {!readOnly && (
        <Button type="dashed" disabled={!canAdd} onClick={onAdd} data-testid={`${testId}-add`}>
          + {t('basic.list.add')}
        </Button>
      )}
    </div>
  );
}
