/**
 * The case's materials: each with its status (provided, missing, deferred …) and its files; a click
 * on a file previews it inline — an image as <img>, a PDF in an <iframe> (same origin: the page's
 * CSP falls back to default-src 'self' for frames; the file answers with `CSP: sandbox`, so the
 * file itself runs no script) — with a link to open it in a new tab.
 */
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MatterDefinition } from '../../../../schemas/types.generated.js';
import type { StaffCase } from '../api';
import { useT } from '../i18n';
import { fileInfo, type FileInfo } from './file-info';
import { materialState } from './material-state';

export function MaterialsPanel({ c, definition }: { c: StaffCase; definition: MatterDefinition }) {
  const t = useT();
  const [infos, setInfos] = useState<Record<string, FileInfo>>({});
  const [shown, setShown] = useState<FileInfo>();
  useEffect(() => {
    let live = true;
    const ids = [...new Set(c.materials.flatMap((m) => m.fileIds ?? []))];
    void Promise.all(ids.map((id) => fileInfo(c.caseNo, id).catch(() => undefined))).then((list) => {
      if (live) setInfos(Object.fromEntries(list.filter((f): f is FileInfo => !!f).map((f) => [f.id, f])));
    });
    return () => {
      live = false;
    };
  }, [c.caseNo, c.materials]);
  const name = (id: string) => definition.materials.find((m) => m.id === id)?.name ?? id;
  const noticed = new Set((c.notice?.items ?? []).map((i) => i.materialId));
  return (
    <Card title={t('materials.title')} size="small" data-testid="case-materials">
      <List
        size="small"
        dataSource={c.materials}
        locale={{ emptyText: t('materials.none') }}
        renderItem={(m) => (
          <List.Item data-testid={`case-material-${m.materialId}`} data-status={m.status}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{name(m.materialId)}</Typography.Text>
                {(() => {
                  const state = materialState(m.status, noticed.has(m.materialId));
                  return (
                    <Tag color={state.color} data-testid="case-material-state" data-state={state.key}>
                      {t(state.key)}
                    </Tag>
                  );
                })()}
              </Space>
              {m.note && <Typography.Text type="secondary">{m.note}</Typography.Text>}
              <Space wrap>
                {(m.fileIds ?? []).map((id, i) => (
                  <Button key={id} size="small" data-testid="case-file" data-file-id={id} type={shown?.id === id ? 'primary' : 'default'} onClick={() => setShown(infos[id] ?? { id, url: '', name: id, mediaType: '', preview: 'none' })}>
                    {infos[id]?.name ?? t('materials.fileN', { n: i + 1 })}
                  </Button>
                ))}
              </Space>
            </Space>
          </List.Item>
        )}
      />
      {shown && (
        <div data-testid="case-file-preview" data-kind={shown.preview} style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{shown.name}</Typography.Text>
            {shown.url && (
              <a href={shown.url} target="_blank" rel="noopener noreferrer" data-testid="case-file-open">
                {t('materials.openNewTab')}
              </a>
            )}
            <Button size="small" type="text" onClick={() => setShown(undefined)}>
              {t('materials.closePreview')}
            </Button>
          </Space>
          {shown.preview === 'image' && <img src={shown.url} alt={shown.name} style={{ maxWidth: '100%', maxHeight: 600, border: '1px solid #f0f0f0' }} />}
          {shown.preview === 'pdf' && <iframe src={shown.url} title={shown.name} style={{ width: '100%', height: 600, border: '1px solid #f0f0f0' }} />}
          {shown.preview === 'none' && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('materials.noPreview')} />}
        </div>
      )}
    </Card>
  );
}
