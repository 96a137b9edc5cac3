/**
 * What the window hands over after 收件: the case number and query code (for the tracking page), the
 * acceptance deadline, and — when materials are missing or defective — the list and 出具一次性告知书.
 * The one-time notice can go out once only, so it asks for confirmation, then sends every item at
 * once (POST supplement-request) and shows the printable 补正材料通知书 with the query code under it.
 */
import { Alert, App, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, type IntakeReceipt } from '../api';
import { useCase } from '../case/use-case';
import { DueDate } from '../DueDate';
import { errorText } from '../error-text';
import { useT } from '../i18n';
import { NoticeSheet } from '../notices/NoticeSheet';
import { useNotice } from '../notices/use-notice';
import { href, navigate } from '../router';
import { noticeBody } from './intake-model';

export function IntakeResult({ receipt, accepted, onAnother }: { receipt: IntakeReceipt; accepted: boolean; onAnother(): void }) {
  const t = useT();
  const { modal } = App.useApp();
  const [issued, setIssued] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const casePath = `/cases/${encodeURIComponent(receipt.caseNo)}`;

  const issue = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const c = await api.caseOf(receipt.caseNo);
      await api.caseAction(receipt.caseNo, 'supplement-request', noticeBody(receipt.missing, c.version));
      setIssued(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = () =>
    modal.confirm({
      title: t('intake.notice.confirmTitle'),
      content: t('intake.notice.confirm', { n: receipt.missing.length }),
      okText: t('intake.notice.confirmOk'),
      cancelText: t('action.cancel'),
      okButtonProps: { 'data-testid': 'intake-notice-confirm-ok' } as never,
      onOk: issue,
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="intake-result" data-case-no={receipt.caseNo} data-status={receipt.status}>
      <Card size="small" className="wb-no-print">
        <Alert type="success" showIcon message={t(accepted ? 'intake.done.accepted' : 'intake.done.received')} style={{ marginBottom: 12 }} />
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('intake.caseNo')}>
            <Typography.Text strong copyable data-testid="intake-case-no">
              {receipt.caseNo}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('intake.queryCode')}>
            <Typography.Text strong copyable style={{ fontSize: 18 }} data-testid="intake-query-code">
              {receipt.queryCode}
            </Typography.Text>
          </Descriptions.Item>
          {receipt.acceptDueDate && !accepted && (
            <Descriptions.Item label={t('case.acceptDue')}>
              <DueDate date={receipt.acceptDueDate} />
            </Descriptions.Item>
          )}
          {receipt.dueDate && (
            <Descriptions.Item label={t('case.dueLabel')}>
              <DueDate date={receipt.dueDate} provisional={receipt.dueDateProvisional} />
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('intake.handOver')}
        </Typography.Paragraph>
      </Card>
      {receipt.missing.length > 0 && (
        <Card size="small" className="wb-no-print" title={t('intake.missing.title', { n: receipt.missing.length })} data-testid="intake-missing">
          <List
            size="small"
            dataSource={receipt.missing}
            renderItem={(m) => (
              <List.Item data-testid="intake-missing-item" data-material-id={m.materialId}>
                <Space>
                  <Typography.Text>{m.name}</Typography.Text>
                  <Tag color={m.problem === 'missing' ? 'red' : 'orange'}>{t(`intake.receipt.${m.problem}`)}</Tag>
                  {m.note && <Typography.Text type="secondary">{m.note}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
          {error !== undefined && <Alert type="error" showIcon message={errorText(t, error)} style={{ marginTop: 8 }} data-testid="intake-notice-error" />}
          {!issued && (
            <Button type="primary" danger style={{ marginTop: 12 }} loading={busy} onClick={confirm} data-testid="intake-issue-notice">
              {t('intake.notice.issue')}
            </Button>
          )}
        </Card>
      )}
      {issued && <IssuedNotice caseNo={receipt.caseNo} queryCode={receipt.queryCode} />}
      <Space className="wb-no-print">
        <Button
          href={href(casePath)}
          onClick={(e) => {
            e.preventDefault();
            navigate(casePath);
          }}
          data-testid="intake-open-case"
        >
          {t('intake.openCase')}
        </Button>
        <Button onClick={onAnother} data-testid="intake-another">
          {t('intake.another')}
        </Button>
      </Space>
    </Space>
  );
}

/** The issued 补正材料通知书, printable, with the case number and query code for the applicant under it. */
function IssuedNotice({ caseNo, queryCode }: { caseNo: string; queryCode: string }) {
  const t = useT();
  const { data } = useCase(caseNo);
  const doc = useNotice(data, data?.c.notice ? 'supplement' : undefined);
  if (!doc) return null;
  return (
    <div data-testid="intake-notice">
      <Space className="wb-no-print" style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Alert type="info" showIcon message={t('intake.notice.issued')} />
        <Button type="primary" onClick={() => window.print()} data-testid="notice-print">
          {t('notice.print')}
        </Button>
      </Space>
      {/* The sheet is in Chinese whatever the clerk's language, like the notice itself. */}
      <NoticeSheet doc={doc} footer={<span data-testid="notice-query">{`办件编号：${caseNo}　查询码：${queryCode}。凭办件编号和查询码可在政务服务网“办件查询”中上传补正材料、查询办理进度。`}</span>} />
    </div>
  );
}
