/**
 * One matter: its draft (or, without one, the live version read-only with 新建草稿), in tabs.
 * Only the flow tab exists yet; the others say 即将推出.
 */
import { Alert, App as AntApp, Button, Card, Empty, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { departments as fetchDepartments, liveMatter, matterDraft, sharedMaterials, startDraft, type Department, type SessionUser } from './api';
import { FlowEditor } from './FlowEditor';
import { useI18n } from './i18n';
import { navigate } from './router';

interface Loaded {
  definition: MatterDefinition;
  /** The head revision when a draft exists; undefined for the live version. */
  revision?: number;
}

export function MatterPage({ code, user }: { code: string; user: SessionUser }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [sharedIds, setSharedIds] = useState<ReadonlySet<string>>(new Set());
  const [starting, setStarting] = useState(false);
  const [loadCount, setLoadCount] = useState(0);

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const draft = await matterDraft(code);
      if (draft) setLoaded({ definition: draft.draft.definition, revision: draft.revision });
      else setLoaded({ definition: (await liveMatter(code)).definition });
      setLoadCount((n) => n + 1);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [code]);

  useEffect(() => {
    void load();
    fetchDepartments().then(setDepartments).catch(() => {});
    sharedMaterials()
      .then((ms) => setSharedIds(new Set(ms.map((m) => m.id))))
      .catch(() => {});
  }, [load]);

  const newDraft = async () => {
    setStarting(true);
    try {
      await startDraft(code);
      await load();
    } catch (err) {
      message.error(t('error.generic', { message: (err as Error).message }));
    } finally {
      setStarting(false);
    }
  };

  const canEdit = user.role === 'editor' || user.role === 'admin';
  const isDraft = loaded?.revision !== undefined;

  return (
    <Card
      title={
        <Space>
          <Button type="link" onClick={() => navigate('/')} data-testid="back-to-catalogue" style={{ paddingInline: 0 }}>
            ← {t('matter.back')}
          </Button>
          <Typography.Text strong data-testid="matter-name">
            {loaded?.definition.name ?? code}
          </Typography.Text>
          <Typography.Text type="secondary">{code}</Typography.Text>
          {loaded && (isDraft ? <Tag color="blue" data-testid="matter-state">{t('matter.draft', { n: loaded.revision! })}</Tag> : <Tag data-testid="matter-state">{t('matter.live')}</Tag>)}
        </Space>
      }
      extra={
        loaded && !isDraft && canEdit ? (
          <Button type="primary" loading={starting} onClick={newDraft} data-testid="new-draft">
            {t('matter.newDraft')}
          </Button>
        ) : undefined
      }
      styles={{ body: { paddingTop: 8 } }}
    >
      {error && <Alert type="error" showIcon message={t('error.generic', { message: error })} />}
      {!loaded && !error && <Spin style={{ display: 'block', marginTop: 80 }} />}
      {loaded && (
        <>
          {!isDraft && canEdit && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('matter.noDraftHint')} />}
          <Tabs
            defaultActiveKey="flow"
            items={[
              {
                key: 'flow',
                label: t('matter.tab.flow'),
                children: (
                  <FlowEditor
                    key={loadCount}
                    code={code}
                    definition={loaded.definition}
                    revision={loaded.revision}
                    readOnly={!isDraft || !canEdit}
                    departments={departments}
                    sharedMaterialIds={sharedIds}
                    onSaved={(n) => setLoaded((l) => (l ? { ...l, revision: n } : l))}
                  />
                ),
              },
              ...(['basic', 'materials', 'form'] as const).map((k) => ({
                key: k,
                label: t(`matter.tab.${k}`),
                children: <Empty description={t('matter.comingSoon')} />,
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}

