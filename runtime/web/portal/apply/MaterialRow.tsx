/** One material of step 4: what it is (原件/复印件, count, types, why it is asked), how it is given, its files. */
import { Card, Radio, Space, Tag, Typography } from 'antd';
import type { Material } from '../../../../schemas/types.generated';
import { entryReady, modesOf, type MaterialEntry } from './application';
import { FilePicker } from './FilePicker';
import { useApplyWords } from './messages';

interface Props {
  material: Material;
  entry: MaterialEntry;
  onChange(change: (e: MaterialEntry) => MaterialEntry): void;
  /** Show "to do" in red when not settled. */
  showProblems: boolean;
  serverError?: string;
}

export function MaterialRow({ material: m, entry, onChange, showProblems, serverError }: Props) {
  const { w } = useApplyWords();
  const ready = entryReady(m, entry);
  const modes = modesOf(m);
  const bad = (showProblems && !ready) || serverError !== undefined;
  return (
    <Card size="small" data-testid={`apply-material-${m.id}`} data-ready={ready} style={{ borderColor: bad ? '#ff4d4f' : undefined }}>
      <Typography.Text strong style={{ display: 'block' }}>{m.name}</Typography.Text>
      <Space size={[4, 4]} wrap style={{ margin: '6px 0' }}>
        <Tag color={m.requirement === 'required' ? 'red' : m.requirement === 'conditional' ? 'orange' : 'default'}>
          {w(m.requirement === 'required' ? 'apply.materials.required' : m.requirement === 'conditional' ? 'apply.materials.conditional' : 'apply.materials.optional')}
        </Tag>
        <Tag>{w(`apply.materials.form.${m.form}`)}</Tag>
        <Tag>{w('apply.materials.count', { n: m.count })}</Tag>
        {m.fileTypes && m.fileTypes.length > 0 && <Tag>{w('apply.materials.types', { types: m.fileTypes.join(' / ') })}</Tag>}
        {m.deferrable && <Tag color="blue">{w('apply.materials.deferrable')}</Tag>}
        {m.waivableByCommitment && <Tag color="purple">{w('apply.materials.commitment')}</Tag>}
        <Tag color={ready ? 'green' : bad ? 'red' : 'default'} data-testid={`apply-material-state-${m.id}`}>
          {w(ready ? 'apply.materials.settled' : 'apply.materials.todo')}
        </Tag>
      </Space>
      {m.condition?.description && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{m.condition.description}</Typography.Paragraph>}
      {m.note && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{m.note}</Typography.Paragraph>}
      {modes.length > 1 && (
        <Radio.Group
          value={entry.mode}
          onChange={(e) => onChange((prev) => ({ ...prev, mode: e.target.value as MaterialEntry['mode'] }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '8px 0' }}
          data-testid={`apply-mode-${m.id}`}
        >
          {modes.map((mode) => (
            <Radio key={mode} value={mode} data-testid={`apply-mode-${m.id}-${mode}`}>
              {w(`apply.materials.mode.${mode}`)}
            </Radio>
          ))}
        </Radio.Group>
      )}
      {entry.mode === 'upload' && (
        <div style={{ marginTop: 8 }}>
          <FilePicker
            fileTypes={m.fileTypes}
            files={entry.files}
            testId={`apply-upload-${m.id}`}
            onAdd={(f) => onChange((prev) => ({ ...prev, files: [...prev.files, f] }))}
            onRemove={(id) => onChange((prev) => ({ ...prev, files: prev.files.filter((f) => f.id !== id) }))}
          />
        </div>
      )}
      {serverError && <Typography.Paragraph type="danger" style={{ margin: '6px 0 0' }}>{serverError}</Typography.Paragraph>}
    </Card>
  );
}
