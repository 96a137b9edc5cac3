/**
 * The checklist of a supplement request: a line per material this application needs; a ticked
 * line asks for its problem (missing / defective) and a note. The matter's other materials (not
 * applying to this situation or these answers) follow collapsed under 其他材料.
 */
import { Checkbox, Collapse, Input, Select, Space, Table, Tag } from 'antd';
import { useT } from '../i18n';
import { updateLine, type ChecklistLine } from './supplement-checklist';

export function SupplementChecklist({ lines, onChange }: { lines: ChecklistLine[]; onChange(lines: ChecklistLine[]): void }) {
  const t = useT();
  const needed = lines.filter((l) => l.needed);
  const others = lines.filter((l) => !l.needed);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="case-supplement-checklist">
      <ChecklistTable all={lines} shown={needed} onChange={onChange} testId="case-supplement-needed" />
      {others.length > 0 && (
        <Collapse
          size="small"
          data-testid="case-supplement-others"
          defaultActiveKey={others.some((l) => l.checked) ? ['others'] : []}
          items={[
            {
              key: 'others',
              label: t('supplement.others', { n: others.length }),
              children: <ChecklistTable all={lines} shown={others} onChange={onChange} testId="case-supplement-others-list" />,
            },
          ]}
        />
      )}
    </Space>
  );
}

function ChecklistTable({ all, shown, onChange, testId }: { all: ChecklistLine[]; shown: ChecklistLine[]; onChange(lines: ChecklistLine[]): void; testId: string }) {
  const t = useT();
  const lines = all;
  return (
    <Table<ChecklistLine>
      size="small"
      rowKey="materialId"
      pagination={false}
      dataSource={shown}
      data-testid={testId}
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
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              {l.name}
              <Space size={4}>
                {l.caseStatus && <Tag>{t(`material.${l.caseStatus}`)}</Tag>}
                <Tag>{t('materials.files', { n: l.fileCount })}</Tag>
              </Space>
              {l.checked && (
                <Space.Compact style={{ width: '100%', marginTop: 4 }}>
                  <Select
                    size="small"
                    style={{ width: 120 }}
                    value={l.problem}
                    aria-label={t('supplement.col.problem')}
                    data-testid={`case-supplement-problem-${l.materialId}`}
                    onChange={(problem) => onChange(updateLine(lines, l.materialId, { problem }))}
                    options={[
                      { value: 'missing', label: t('supplement.missing') },
                      { value: 'defective', label: t('supplement.defective') },
                    ]}
                  />
                  <Input
                    size="small"
                    value={l.note}
                    maxLength={500}
                    aria-label={t('supplement.col.note')}
                    placeholder={t('supplement.notePlaceholder')}
                    data-testid={`case-supplement-note-${l.materialId}`}
                    onChange={(e) => onChange(updateLine(lines, l.materialId, { note: e.target.value }))}
                  />
                </Space.Compact>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
