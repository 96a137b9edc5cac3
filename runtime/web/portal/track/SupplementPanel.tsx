/**
 * 补正: the one-time notice with every item to supply (and 容缺 materials still awaited), a file
 * picker per item, and one submit. A partial supply is allowed (the case keeps waiting); the
 * answer replaces the view.
 */
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ENGINE_ADDED_NOTE } from '../../../engine/supplement-actions';
import type { Material } from '../../../../schemas/types.generated';
import type { FileRef } from '../apply/application';
import { FilePicker } from '../apply/FilePicker';
import { useTrackWords } from './messages';
import { supplementBody, type Progress, type SupplyItem } from './progress';
import { supplyMaterials } from './track-api';
import { formatChinaDateTime } from '../../shared/china-time';
import { trackErrorKey } from './track-error';

interface Props {
  progress: Progress;
  items: SupplyItem[];
  materials: ReadonlyMap<string, Material>;
  queryCode: string;
  onSupplied(p: Progress): void;
}

export function SupplementPanel({ progress, items, materials, queryCode, onSupplied }: Props) {
  const { w } = useTrackWords();
  const [files, setFiles] = useState<Record<string, FileRef[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const onNotice = progress.status === 'supplement_requested';
  const withFiles = items.filter((i) => (files[i.materialId]?.length ?? 0) > 0).length;

  const submit = async () => {
    if (withFiles === 0) return setError(w('track.supplement.noFiles'));
    setBusy(true);
    setError(undefined);
    try {
      onSupplied(await supplyMaterials(progress.caseNo, supplementBody(queryCode, items, files)));
      setFiles({});
    } catch (err) {
      setError(w('track.error', { msg: w(trackErrorKey(err)) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={onNotice ? w('track.supplement.title') : w('track.supplement.deferredTitle')} data-testid="track-supplement" style={{ borderColor: onNotice ? '#fa8c16' : undefined }}>
      <Typography.Paragraph>{onNotice ? w('track.supplement.intro') : w('track.supplement.deferredIntro')}</Typography.Paragraph>
      {onNotice && progress.notice && <Typography.Paragraph type="secondary">{w('track.supplement.issued', { at: formatChinaDateTime(progress.notice.issuedAt) })}</Typography.Paragraph>}
      <List
        bordered
        dataSource={items}
        renderItem={(item) => {
          const m = materials.get(item.materialId);
          return (
            <List.Item data-testid={`track-supplement-item-${item.materialId}`} style={{ display: 'block' }}>
              <Space size={[4, 4]} wrap>
                <Typography.Text strong>{m?.name ?? item.materialId}</Typography.Text>
                <Tag color={item.reason === 'deferred' ? 'blue' : item.reason === 'defective' ? 'red' : 'orange'}>{w(`track.supplement.${item.reason}`)}</Tag>
              </Space>
              {item.note && <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>{item.note === ENGINE_ADDED_NOTE ? w('track.supplement.autoAdded') : item.note}</Typography.Paragraph>}
              <div style={{ marginTop: 8 }}>
                <FilePicker
                  fileTypes={m?.fileTypes}
                  files={files[item.materialId] ?? []}
                  testId={`track-supplement-upload-${item.materialId}`}
                  disabled={busy}
                  onAdd={(f) => setFiles((prev) => ({ ...prev, [item.materialId]: [...(prev[item.materialId] ?? []), f] }))}
                  onRemove={(id) => setFiles((prev) => ({ ...prev, [item.materialId]: (prev[item.materialId] ?? []).filter((f) => f.id !== id) }))}
                />
              </div>
            </List.Item>
          );
        }}
      />
      {withFiles > 0 && withFiles < items.length && onNotice && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={w('track.supplement.partial', { n: items.length - withFiles })} />}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={error} data-testid="track-supplement-error" />}
      <Button type="primary" size="large" style={{ marginTop: 16 }} loading={busy} onClick={() => void submit()} data-testid="track-supplement-submit">
        {w('track.supplement.submit')}
      </Button>
    </Card>
  );
}
