/**
 * /designer/review/<code>: one submitted draft — its summary, its compare report against the live
 * version (the draft's own figures for a new matter), its lint findings — and, for the admin,
 * 发布 (with a confirm) and 驳回 (with a required reason). After either the outcome is shown with
 * the way back to the queue. Everyone else sees the page read-only.
 */
import { Alert, App as AntApp, Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { LintReport } from '../../../catalog/lint/lint-finding.js';
import type { MatterVersion } from '../../../schemas/types.generated.js';
import { departments as fetchDepartments, type SessionUser } from '../api';
import { CompareReport } from '../compare/CompareReport';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { DraftOutcome } from './DraftOutcome';
import { LintFindings } from './LintFindings';
import { RejectModal } from './RejectModal';
import { draftLint, draftVersion, publishDraft, rejectDraft, workspaceHead, type QueueMatter } from './review-api';
import { shortTime } from './review-logic';

interface Loaded {
  head: QueueMatter;
  draft?: MatterVersion;
  lint?: LintReport;
}

type Done = { kind: 'published'; version: number } | { kind: 'rejected' };

export function ReviewPage({ code, user }: { code: string; user: SessionUser }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [departmentNames, setDepartmentNames] = useState<Record<string, string>>({});
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>();

  const load = useCallback(async () => {
    setError(undefined);
    try {
      const head = await workspaceHead(code);
      if (!head) throw new Error(code);
      if (!head.draft) return setLoaded({ head });
      const [draft, lint] = await Promise.all([draftVersion(code), draftLint(code)]);
      setLoaded({ head, draft, lint });
    } catch (err) {
      setError((err as Error).message);
    }
  }, [code]);

  useEffect(() => {
    void load();
    fetchDepartments()
      .then((ds) => setDepartmentNames(Object.fromEntries(ds.map((d) => [d.id, d.name]))))
      .catch(() => {});
  }, [load]);

  const act = async (action: () => Promise<Done>) => {
    setBusy(true);
    try {
      const outcome = await action();
      setRejecting(false);
      setDone(outcome);
      message.success(outcome.kind === 'published' ? t('review.published', { n: outcome.version }) : t('review.rejected'));
    } catch (err) {
      message.error(t('review.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const publish = () => act(async () => ({ kind: 'published', version: (await publishDraft(code)).liveVersion ?? 0 }));
  const reject = (reason: string) => act(async () => (await rejectDraft(code, reason), { kind: 'rejected' }));

  const back = (
    <Button onClick={() => navigate('/review')} data-testid="review-back">
      {t('review.back')}
    </Button>
  );

  if (done) {
    return (
      <div data-testid="review-outcome" data-outcome={done.kind}>
      <Result
        status={done.kind === 'published' ? 'success' : 'warning'}
        title={done.kind === 'published' ? t('review.published', { n: done.version }) : t('review.rejected')}
        subTitle={loaded?.head.name}
        extra={[
          <Button type="primary" key="back" onClick={() => navigate('/review')} data-testid="review-back">
            {t('review.back')}
          </Button>,
        ]}
      />
      </div>
    );
  }
  if (error) return <Alert type="error" showIcon message={t('review.failed', { message: error })} action={back} />;
  if (!loaded) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const { head, draft, lint } = loaded;
  const inReview = draft?.status === 'in_review';
  const canDecide = user.role === 'admin' && inReview;
  const hasErrors = (lint?.errors.length ?? 0) > 0;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="review-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }} className="compare-no-print">
        {back}
        <Typography.Title level={4} style={{ margin: 0, flex: 1 }} data-testid="review-title">
          {t('review.page', { name: head.name })}
        </Typography.Title>
        {canDecide && (
          <Space>
            <Button danger onClick={() => setRejecting(true)} disabled={busy} data-testid="review-reject">
              {t('review.reject')}
            </Button>
            <Popconfirm
              title={t('review.publish.confirm')}
              okText={t('review.publish.ok')}
              cancelText={t('review.cancel')}
              okButtonProps={{ 'data-testid': 'review-publish-ok', loading: busy } as never}
              onConfirm={publish}
              disabled={hasErrors}
            >
              <Button type="primary" disabled={busy || hasErrors} data-testid="review-publish">
                {t('review.publish')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </div>
      {!inReview && <Alert type="info" showIcon message={t('review.notInReview')} data-testid="review-not-in-review" />}
      {inReview && user.role !== 'admin' && <Alert type="info" showIcon message={t('review.readOnly')} data-testid="review-read-only" />}
      {draft && !inReview && <DraftOutcome draft={draft} />}
      {draft && (
        <>
          <Card size="small" title={t('review.summary')}>
            <Descriptions size="small" column={2} data-testid="review-summary">
              <Descriptions.Item label={t('review.code')}>{code}</Descriptions.Item>
              <Descriptions.Item label={t('review.col.department')}>{departmentNames[head.departmentId] ?? head.departmentId}</Descriptions.Item>
              <Descriptions.Item label={t('review.col.author')}>{draft.submittedBy ?? draft.author}</Descriptions.Item>
              <Descriptions.Item label={t('review.col.submittedAt')}>{shortTime(draft.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('review.basedOn')}>
                {head.liveVersion === null ? t('review.newMatter') : t('compare.version', { n: draft.basedOn ?? head.liveVersion })}
              </Descriptions.Item>
              <Descriptions.Item label={t('review.status')}>
                <Tag color={inReview ? 'processing' : draft.status === 'rejected' ? 'error' : 'default'}>{t(`status.${head.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('review.col.summary')} span={2}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="review-change-summary">
                  {draft.changeSummary ?? t('review.unknown')}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {lint && (
            <Card size="small" title={t('review.lint')} data-testid="review-lint">
              <LintFindings report={lint} definition={draft.definition} departments={departmentNames} />
            </Card>
          )}
          <Card size="small" title={head.liveVersion === null ? t('review.figures') : t('review.compare')} data-testid="review-compare">
            <CompareReport code={code} from={head.liveVersion === null ? undefined : 'live'} to="draft" />
          </Card>
        </>
      )}
      <RejectModal open={rejecting} busy={busy} onOk={(reason) => void reject(reason)} onCancel={() => setRejecting(false)} />
    </Space>
  );
}
