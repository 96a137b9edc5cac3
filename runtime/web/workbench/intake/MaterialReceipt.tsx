/** Each needed material as the window received it: 已收取 / 缺失 / 有缺陷, with a note (required for a defect). */
import { Input, Radio, Table, Typography } from 'antd';
import { useT } from '../i18n';
import { RECEIPTS, setLine, type IntakeLine } from './intake-model';

export function MaterialReceipt({ lines, onChange, showProblems }: { lines: IntakeLine[]; onChange(lines: IntakeLine[]): void; showProblems: boolean }) {
  const t = useT();
  return (
    <Table<IntakeLine>
      size="small"
      rowKey="materialId"
      pagination={false}
      dataSource={lines}
      data-testid="intake-materials"
      locale={{ emptyText: t('intake.materials.none') }}
      onRow={(l) => ({ 'data-testid': `intake-material-${l.materialId}`, 'data-status': l.status ?? '' }) as never}
      columns={[
        { title: t('supplement.col.material'), key: 'name', render: (_: unknown, l) => <Typography.Text strong>{l.name}</Typography.Text> },
        {
          title: t('intake.materials.received'),
          key: 'status',
          width: 260,
          render: (_: unknown, l) => (
            <Radio.Group
              value={l.status}
              onChange={(e) => onChange(setLine(lines, l.materialId, { status: e.target.value as IntakeLine['status'] }))}
              optionType="button"
              size="small"
              aria-label={t('intake.materials.receivedOf', { name: l.name })}
            >
              {RECEIPTS.map((r) => (
                <Radio.Button key={r} value={r}>
                  {/* The test id on the label: antd hands a Radio.Button's own props to its hidden input. */}
                  <span data-testid={`intake-material-${l.materialId}-${r}`}>{t(`intake.receipt.${r}`)}</span>
                </Radio.Button>
              ))}
            </Radio.Group>
          ),
        },
        {
          title: t('supplement.col.note'),
          key: 'note',
          render: (_: unknown, l) => (
            <Input
              size="small"
              value={l.note}
              maxLength={1000}
              status={showProblems && l.status === 'defective' && !l.note.trim() ? 'error' : undefined}
              placeholder={t(l.status === 'defective' ? 'intake.materials.defectNote' : 'intake.materials.note')}
              aria-label={t('intake.materials.noteOf', { name: l.name })}
              onChange={(e) => onChange(setLine(lines, l.materialId, { note: e.target.value }))}
              data-testid={`intake-material-${l.materialId}-note`}
            />
          ),
        },
      ]}
    />
  );
}
