/**
 * 申请材料 as a table: one row per material with its name, requirement (and condition editor when
 * conditional), 容缺 / 告知承诺 switches, form, copies, medium and note, and row actions. Read-only
 * shows the same values as text.
 * testids (i = row): `material-name-<i>`, `material-requirement-<i>`, `material-deferrable-<i>`,
 * `material-commitment-<i>`, `material-form-<i>`, `material-count-<i>`, `material-medium-<i>`,
 * `material-note-<i>`, `material-up-<i>`, `material-down-<i>`, `material-delete-<i>`, and
 * `material-more-<i>` opening the row's details (MaterialDetails: source, file types).
 */
import { Button, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Material } from '../../../schemas/types.generated.js';
import { CommitInput, CommitNumber, CommitTextArea } from '../basic/CommitInput';
import type { EditorTabProps } from '../editor-tab';
import { useI18n } from '../i18n';
import { ConditionEditor, ConditionSummary } from './ConditionEditor';
import { checkedMaterialIds, conditionMissing } from './material-checks';
import { MaterialDetails } from './MaterialDetails';
import { moveMaterial, patchMaterial, removeMaterial, setRequirement, type MaterialPatch } from './material-edits';

type Props = Pick<EditorTabProps, 'definition' | 'readOnly' | 'onChange'>;
interface Row {
  key: string;
  index: number;
  material: Material;
}

const REQUIREMENTS = ['required', 'conditional', 'optional'] as const;
const FORMS = ['original', 'copy', 'original_and_copy'] as const;
const MEDIA = ['paper_or_electronic', 'paper', 'electronic'] as const;

export function MaterialsTable({ definition, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const materials = definition.materials;
  const checked = checkedMaterialIds(definition);
  const patch = (m: Material, p: MaterialPatch) => onChange((d) => patchMaterial(d, m.id, p));
  const seen = new Map<string, number>();
  const rows: Row[] = materials.map((material, index) => {
    const n = seen.get(material.id) ?? 0;
    seen.set(material.id, n + 1);
    return { key: n === 0 ? material.id : `${material.id}#${n}`, index, material };
  });

  const columns: ColumnsType<Row> = [
    { title: '#', width: 40, fixed: 'left', render: (_, r) => r.index + 1 },
    {
      title: t('materials.col.name'),
      width: 220,
      fixed: 'left',
      render: (_, { material: m, index: i }) => (
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          {readOnly
            ? <Typography.Text strong data-testid={`material-name-${i}`}>{m.name}</Typography.Text>
            : <CommitTextArea data-testid={`material-name-${i}`} value={m.name} maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} onCommit={(name) => patch(m, { name })} />}
          <Space size={0} wrap>
            {m.libraryId && (
              <Tooltip title={t('materials.shared.tip', { id: m.libraryId })}>
                <Tag color="geekblue" data-testid={`material-shared-${i}`}>{t('materials.shared')}</Tag>
              </Tooltip>
            )}
            {!checked.has(m.id) && (
              <Tooltip title={t('materials.unchecked.tip')}>
                <Tag color="warning" data-testid={`material-unchecked-${i}`}>{t('materials.unchecked')}</Tag>
              </Tooltip>
            )}
          </Space>
        </Space>
      ),
    },
    {
      title: t('materials.col.requirement'),
      width: 340,
      render: (_, { material: m, index: i }) => (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          {readOnly ? (
            <Tag data-testid={`material-requirement-${i}`} color={m.requirement === 'required' ? 'red' : m.requirement === 'conditional' ? 'orange' : undefined}>
              {t(`materials.requirement.${m.requirement}`)}
            </Tag>
          ) : (
            <Select
              data-testid={`material-requirement-${i}`}
              size="small"
              style={{ width: 120 }}
              value={m.requirement}
              options={REQUIREMENTS.map((r) => ({ value: r, label: t(`materials.requirement.${r}`) }))}
              onChange={(r: Material['requirement']) => onChange((d) => setRequirement(d, m.id, r))}
            />
          )}
          {conditionMissing(m) && <Typography.Text type="warning" data-testid={`material-condition-missing-${i}`}>{t('materials.condition.empty')}</Typography.Text>}
          {m.requirement === 'conditional' &&
            (readOnly
              ? <ConditionSummary material={m} definition={definition} />
              : <ConditionEditor material={m} index={i} definition={definition} readOnly={readOnly} onChange={onChange} />)}
        </Space>
      ),
    },
    {
      title: <Tooltip title={t('materials.deferrable.tip')}>{t('materials.col.deferrable')}</Tooltip>,
      width: 72,
      align: 'center',
      render: (_, { material: m, index: i }) => (
        <Switch size="small" data-testid={`material-deferrable-${i}`} disabled={readOnly} checked={m.deferrable === true} onChange={(on) => patch(m, { deferrable: on || undefined })} />
      ),
    },
    {
      title: <Tooltip title={t('materials.commitment.tip')}>{t('materials.col.commitment')}</Tooltip>,
      width: 84,
      align: 'center',
      render: (_, { material: m, index: i }) => (
        <Switch size="small" data-testid={`material-commitment-${i}`} disabled={readOnly} checked={m.waivableByCommitment === true} onChange={(on) => patch(m, { waivableByCommitment: on || undefined })} />
      ),
    },
    {
      title: t('materials.col.form'),
      width: 120,
      render: (_, { material: m, index: i }) =>
        readOnly ? t(`materials.form.${m.form}`) : (
          <Select data-testid={`material-form-${i}`} size="small" style={{ width: '100%' }} value={m.form}
            options={FORMS.map((f) => ({ value: f, label: t(`materials.form.${f}`) }))} onChange={(form: Material['form']) => patch(m, { form })} />
        ),
    },
    {
      title: t('materials.col.count'),
      width: 76,
      render: (_, { material: m, index: i }) =>
        readOnly ? m.count : (
          <CommitNumber data-testid={`material-count-${i}`} size="small" min={1} max={100} precision={0} style={{ width: '100%' }} value={m.count}
            onCommit={(count) => count !== null && patch(m, { count })} />
        ),
    },
    {
      title: t('materials.col.medium'),
      width: 120,
      render: (_, { material: m, index: i }) =>
        readOnly ? t(`materials.medium.${m.medium}`) : (
          <Select data-testid={`material-medium-${i}`} size="small" style={{ width: '100%' }} value={m.medium}
            options={MEDIA.map((x) => ({ value: x, label: t(`materials.medium.${x}`) }))} onChange={(medium: Material['medium']) => patch(m, { medium })} />
        ),
    },
    {
      title: t('materials.col.note'),
      width: 200,
      render: (_, { material: m, index: i }) =>
        readOnly ? <Typography.Text type="secondary">{m.note}</Typography.Text> : (
          <CommitTextArea data-testid={`material-note-${i}`} size="small" maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} value={m.note} onCommit={(note) => patch(m, { note })} />
        ),
    },
  ];
  if (!readOnly) {
    columns.push({
      title: t('materials.col.actions'),
      width: 108,
      fixed: 'right',
      render: (_, { material: m, index: i }) => (
        <Space.Compact size="small">
          <Button disabled={i === 0} onClick={() => onChange((d) => moveMaterial(d, m.id, -1))} data-testid={`material-up-${i}`} title={t('materials.up')} aria-label={t('materials.up')}>↑</Button>
          <Button disabled={i === materials.length - 1} onClick={() => onChange((d) => moveMaterial(d, m.id, 1))} data-testid={`material-down-${i}`} title={t('materials.down')} aria-label={t('materials.down')}>↓</Button>
          <Button danger onClick={() => onChange((d) => removeMaterial(d, m.id))} data-testid={`material-delete-${i}`} title={t('materials.delete')} aria-label={t('materials.delete')}>✕</Button>
        </Space.Compact>
      ),
    });
  }

  return (
    <Table<Row>
      data-testid="materials-table"
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      expandable={{
        columnWidth: 36,
        fixed: 'left',
        expandedRowRender: (r) => <MaterialDetails material={r.material} index={r.index} readOnly={readOnly} onChange={onChange} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <Button type="text" size="small" onClick={(e) => onExpand(record, e)} data-testid={`material-more-${record.index}`} title={t('materials.more')} aria-label={t('materials.more')} aria-expanded={expanded}>
            {expanded ? '−' : '+'}
          </Button>
        ),
      }}
      locale={{ emptyText: t('materials.empty') }}
    />
  );
}
