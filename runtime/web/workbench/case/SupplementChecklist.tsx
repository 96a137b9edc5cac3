/** The checklist of a supplement request: a line per material of the matter, ticked when missing or defective, with a note. */
import { Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { useT } from '../i18n';
import { updateLine, type ChecklistLine } from './supplement-checklist';

export function SupplementChecklist({ lines, onChange }: { lines: ChecklistLine[]; onChange(lines: ChecklistLine[]): void }) {
  const t = useT();
  return (
    <Table<ChecklistLine>
      size="small"
      rowKey="materialId"
      pagination={false}
      dataSource={lines}
      data-testid="case-supplement-checklist"
      onRow={(l) => ({ 'data-testid': `case-supplement-item-${l.materialId}`, 'data-checked': l.checked }) as never}
      columns={[
        {
          title: t('supplement.col.pick'),
          key: 'pick',
          width: 60,
          render: (_: unknown, l) => <Checkbox checked={l.checked} aria-label={l.name} data-testid={`case-supplement-check-${l.materialId}`} onChange={(e) => onChange(updateLine(lines, l.materialId, { checked: e.target.checked }))} />,
        },
        {
          title: t('supplement.col.material'),
          key: 'name',
          render: (_: unknown, l) => (
            <Space direction="vertical" size={0}>
              {l.name}
              <Space size={4}>
                {l.caseStatus && <Tag>{t(`material.${l.caseStatus}`)}</Tag>}
                <Tag>{t('materials.files', { n: l.fileCount })}</Tag>
              </Space>
            </Space>
          ),
        },
        {
          title: t('supplement.col.problem'),
          key: 'problem',
          width: 130,
          render: (_: unknown, l) => (
            <Select
              size="small"
              style={{ width: 120 }}
              disabled={!l.checked}
              value={l.problem}
              onChange={(problem) => onChange(updateLine(lines, l.materialId, { problem }))}
              options={[
                { value: 'missing', label: t('supplement.missing') },
                { value: 'defective', label: t('supplement.defective') },
              ]}
            />
          ),
        },
        {
          title: t('supplement.col.note'),
          key: 'note',
          render: (_: unknown, l) => (
            <Input
              size="small"
              disabled={!l.checked}
              value={l.note}
              maxLength={500}
              placeholder={t('supplement.notePlaceholder')}
              data-testid={`case-supplement-note-${l.materialId}`}
              onChange={(e) => onChange(updateLine(lines, l.materialId, { note: e.target.value }))}
            />
          ),
        },
      ]}
    />
  );
}
