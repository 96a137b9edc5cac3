/**
 * One matter in the editor. The page owns the working definition: its draft (or, without one, the
 * live version read-only with 新建草稿), edited by four tabs through `onChange`, saved as a whole
 * with the head revision (a stale one is a 409), submitted for review, and guarded against leaving
 * with unsaved changes. Above the tabs: the draft's state and outcome, and the live metrics against
 * the live version.
 */
import { Alert, App as AntApp, Button, Card, Input, Modal, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MatterDefinition, MatterVersion, SharedMaterial } from '../../schemas/types.generated.js';
import { ApiError, departments as fetchDepartments, liveMatter, matterDraft, saveDraft, sharedMaterials as fetchShared, startDraft, submitDraft, type Department, type SessionUser } from './api';
import { BasicInfoTab } from './basic/BasicInfoTab';
import type { DefinitionUpdate, EditorTabProps } from './editor-tab';
import { analyzeFlowInBrowser } from './flow-analysis';
import { FlowEditor } from './FlowEditor';
import { FormBuilderTab } from './form-tab/FormBuilderTab';
import { useI18n } from './i18n';
import { errorDetailWords, lintWords } from './lint-words';
import { MaterialsTab } from './materials/MaterialsTab';
import { MetricsPanel } from './MetricsPanel';
import { navigate } from './router';
import { useLeaveGuard } from './use-leave-guard';

interface Loaded {
  /** The draft, or the live version when there is no draft. */
  version: MatterVersion;
  /** The head revision when a draft exists; undefined for the live version. */
  revision?: number;
  /** The live version's definition, the baseline of the metrics; undefined for a matter never published. */
  live?: MatterDefinition;
}

type Notice = { type: 'success' | 'error'; text: string; details?: string[] };

const STATE_COLOR: Record<string, string> = { draft: 'blue', in_review: 'gold', rejected: 'red' };

export function MatterPage({ code, user }: { code: string; user: SessionUser }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [loaded, setLoaded] = useState<Loaded>();
  const [working, setWorking] = useState<MatterDefinition>();
  const [saved, setSaved] = useState<MatterDefinition>();
  const [error, setError] = useState<string>();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [shared, setShared] = useState<SharedMaterial[]>([]);
  const [busy, setBusy] = useState<'start' | 'save' | 'submit'>();
  const [notice, setNotice] = useState<Notice>();
  const [submitOpen, setSubmitOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const [loadCount, setLoadCount] = useState(0);

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const draft = await matterDraft(code);
      const live = await liveMatter(code).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404) return undefined;
        throw err;
      });
      const version = draft?.draft ?? live;
      if (!version) throw new Error(t('matter.notFound'));
      setLoaded({ version, revision: draft?.revision, live: live?.definition });
      setWorking(version.definition);
      setSaved(version.definition);
      setLoadCount((n) => n + 1);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [code, t]);

  useEffect(() => {
    void load();
    fetchDepartments().then(setDepartments).catch(() => {});
    fetchShared().then(setShared).catch(() => {});
  }, [load]);

  const dirty = working !== undefined && working !== saved;
  useLeaveGuard(dirty, t('flow.leaveConfirm'));

  const isDraft = loaded?.revision !== undefined;
  const status = loaded?.version.status;
  const canEdit = user.role === 'editor' || user.role === 'admin';
  const readOnly = !isDraft || !canEdit || status === 'in_review';

  const onChange = useCallback(
    (update: DefinitionUpdate) => {
      if (readOnly) return;
      setWorking((d) => (d ? update(d) : d));
      setNotice(undefined);
    },
    [readOnly],
  );

  const departmentIds = useMemo(() => new Set(departments.map((d) => d.id)), [departments]);
  const sharedIds = useMemo(() => new Set(shared.map((m) => m.id)), [shared]);
  const analysis = useMemo(
    () => (working ? analyzeFlowInBrowser(working, { departmentIds, sharedMaterialIds: sharedIds }) : undefined),
    [working, departmentIds, sharedIds],
  );
  const departmentNames = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.name])), [departments]);

  const failure = (err: unknown, key: 'flow.saveFailed' | 'matter.submitFailed'): Notice => {
    if (err instanceof ApiError && err.status === 409) return { type: 'error', text: t('flow.conflict') };
    return {
      type: 'error',
      text: err instanceof ApiError && err.code === 'LINT_FAILED' ? t('matter.lintFailed', { n: err.details.length }) : t(key, { message: (err as Error).message }),
      details: err instanceof ApiError ? err.details.map((d) => errorDetailWords(d, working, lang, { departments: departmentNames })) : undefined,
    };
  };

  /** Saves the working definition; true when the server has it. */
  const save = async (): Promise<boolean> => {
    if (!loaded || loaded.revision === undefined || !working) return false;
    if (!dirty) return true;
    setBusy('save');
    const toSave = working;
    try {
      const head = await saveDraft(code, toSave, loaded.revision);
      setLoaded({ ...loaded, revision: head.revision });
      setSaved(toSave);
      setNotice({ type: 'success', text: t('flow.saved') });
      return true;
    } catch (err) {
      setNotice(failure(err, 'flow.saveFailed'));
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  const submit = async () => {
    setSubmitOpen(false);
    if (!(await save())) return;
    setBusy('submit');
    try {
      await submitDraft(code, summary.trim() || undefined);
      message.success(t('matter.submitted'));
      await load();
    } catch (err) {
      setNotice(failure(err, 'matter.submitFailed'));
    } finally {
      setBusy(undefined);
    }
  };

  const newDraft = async () => {
    setBusy('start');
    try {
      await startDraft(code);
      await load();
    } catch (err) {
      message.error(t('error.generic', { message: (err as Error).message }));
    } finally {
      setBusy(undefined);
    }
  };

  const tabProps: EditorTabProps | undefined = working ? { definition: working, readOnly, onChange, departments, sharedMaterials: shared, lockDepartment: user.role !== 'admin' } : undefined;
  const findings = analysis?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;

  return (
    <Card
      title={
        <Space wrap>
          <Button type="link" onClick={() => navigate('/')} data-testid="back-to-catalogue" style={{ paddingInline: 0 }}>
            ← {t('matter.back')}
          </Button>
          <Typography.Text strong data-testid="matter-name">
            {working?.name ?? code}
          </Typography.Text>
          <Typography.Text type="secondary">{code}</Typography.Text>
          {loaded &&
            (isDraft ? (
              <Tag color={STATE_COLOR[status ?? 'draft']} data-testid="matter-state" data-status={status}>
                {t('matter.draft', { n: loaded.revision! })} · {t(`status.${status ?? 'draft'}`)}
              </Tag>
            ) : (
              <Tag data-testid="matter-state" data-status={status}>
                {t('matter.live')}
              </Tag>
            ))}
        </Space>
      }
      extra={
        loaded && (
          <Space wrap>
            {(loaded.live || isDraft) && (
              <Button onClick={() => navigate(`/matters/${encodeURIComponent(code)}/compare`)} data-testid="open-compare">
                {t('matter.compare')}
              </Button>
            )}
            {!isDraft && canEdit && status !== 'retired' && (
              <Button type="primary" loading={busy === 'start'} onClick={newDraft} data-testid="new-draft">
                {t('matter.newDraft')}
              </Button>
            )}
            {!readOnly && dirty && <Tag color="orange" data-testid="unsaved">{t('flow.unsaved')}</Tag>}
            {!readOnly && notice?.type === 'success' && !dirty && <Tag color="green" data-testid="save-ok">{notice.text}</Tag>}
            {!readOnly && (
              <Button onClick={() => void save()} loading={busy === 'save'} disabled={!dirty} data-testid="save">
                {t('flow.save')}
              </Button>
            )}
            {!readOnly && (
              <Button type="primary" onClick={() => setSubmitOpen(true)} loading={busy === 'submit'} data-testid="submit-review">
                {t('matter.submit')}
              </Button>
            )}
          </Space>
        )
      }
      styles={{ body: { paddingTop: 8 } }}
    >
      {error && <Alert type="error" showIcon message={t('error.generic', { message: error })} />}
      {!loaded && !error && <Spin style={{ display: 'block', marginTop: 80 }} />}
      {loaded && working && tabProps && (
        <>
          <DraftNotes version={loaded.version} isDraft={isDraft} canEdit={canEdit} />
          {notice?.type === 'error' && (
            <Alert
              type="error"
              showIcon
              closable
              style={{ marginBottom: 8 }}
              data-testid="save-error"
              message={notice.text}
              description={notice.details?.length ? <ul style={{ margin: 0, paddingLeft: 16 }}>{notice.details.map((d, i) => <li key={i}>{d}</li>)}</ul> : undefined}
              onClose={() => setNotice(undefined)}
            />
          )}
          <MetricsPanel
            definition={working}
            baseline={loaded.live}
            departmentNames={departmentNames}
            errors={errors}
            warnings={findings.length - errors}
            findings={findings.map((f) => lintWords(f, working, lang, { departments: departmentNames }))}
          />
          <Tabs
            defaultActiveKey="basic"
            items={[
              { key: 'basic', label: t('matter.tab.basic'), children: <BasicInfoTab {...tabProps} /> },
              { key: 'materials', label: t('matter.tab.materials'), children: <MaterialsTab {...tabProps} /> },
              { key: 'form', label: t('matter.tab.form'), children: <FormBuilderTab {...tabProps} /> },
              { key: 'flow', label: t('matter.tab.flow'), children: analysis && <FlowEditor key={loadCount} {...tabProps} analysis={analysis} /> },
            ]}
          />
        </>
      )}
      <Modal
        open={submitOpen}
        title={t('matter.submitTitle')}
        okText={t('matter.submit')}
        onOk={() => void submit()}
        onCancel={() => setSubmitOpen(false)}
        okButtonProps={{ 'data-testid': 'submit-review-ok' } as Record<string, string>}
      >
        <Typography.Paragraph type="secondary">{t('matter.submitHint')}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} placeholder={t('matter.changeSummary')} data-testid="submit-summary" />
      </Modal>
    </Card>
  );
}

/** What the editor needs to know about the draft's review: waiting, or rejected and why. */
function DraftNotes({ version, isDraft, canEdit }: { version: MatterVersion; isDraft: boolean; canEdit: boolean }) {
  const { t } = useI18n();
  if (!isDraft) return canEdit && version.status !== 'retired' ? <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('matter.noDraftHint')} /> : null;
  if (version.status === 'in_review') return <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="draft-in-review" message={t('matter.inReview', { by: version.submittedBy ?? version.author })} />;
  if (version.status === 'rejected')
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 8 }}
        data-testid="draft-rejected"
        message={t('matter.rejected', { by: version.reviewedBy ?? '' })}
        description={version.rejectReason}
      />
    );
  return null;
}
