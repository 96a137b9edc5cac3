/**
 * One case as a clerk works it: the head (number, matter and version, status, the acceptance
 * deadline and the due date in the server's warning colours, 预计 when provisional, the notices
 * that apply), the actions, where it came in and goes out (front desk, extension, delivery), the
 * applicant and the form data in the form's words, the materials with previews, the flow with the
 * position and the path taken, the history.
 */
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { SessionUser } from '../../shared/http';
import { errorText } from '../error-text';
import { useT } from '../i18n';
import { mayTake } from '../intake/intake-model';
import { noticesFor } from '../notices/notice-texts';
import { href, navigate } from '../router';
import { ActionPanel } from './ActionPanel';
import { CaseFlow } from './CaseFlow';
import { DeadlineTags } from './DeadlineTags';
import { DeskPanel } from './DeskPanel';
import { staffNames } from './staff-names';
import { flowPath } from './flow-path';
import { labelledValues } from './form-labels';
import { HistoryPanel } from './HistoryPanel';
import { MaterialsPanel } from './MaterialsPanel';
import { useCase } from './use-case';
import { formatChinaDateTime } from '../../shared/china-time';

const STATUS_COLOR: Record<string, string> = { submitted: 'blue', supplement_requested: 'orange', in_progress: 'blue', suspended: 'gold', granted: 'green', denied: 'red', refused: 'red', withdrawn: 'default' };

export function CasePage({ caseNo, user }: { caseNo: string; user: SessionUser }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useCase(caseNo);
  const path = useMemo(() => (data ? flowPath(data.version.definition.flow, data.c.tasks, data.c.outcome) : undefined), [data]);
  const departmentNames = useMemo(() => Object.fromEntries((data?.departments ?? []).map((d) => [d.id, d.name])), [data]);
  const names = useMemo(() => staffNames(data?.c.history ?? []), [data]);
  const context = useMemo(() => {
    if (!data) return {};
    const def = data.version.definition;
    const received = data.c.intake?.receivedBy?.departmentId === user.departmentId;
    return { matterDepartmentId: def.departmentId, frontDesk: received || mayTake({ code: data.c.matterCode, departmentId: def.departmentId, frontDesks: def.frontDesks }, user, data.departments) };
  }, [data, user]);
  if (error !== undefined && !data) return <Result status="warning" title={errorText(t, error)} extra={<Button onClick={() => navigate('/')}>{t('case.back')}</Button>} />;
  if (!data || !path) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const { c, version } = data;
  const def = version.definition;
  const notices = noticesFor(c);
  const situation = def.situations.find((s) => s.id === c.situation)?.name;
  const onDone = (done: string) => {
    if (done) void message.success(done);
    reload();
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="case-page" data-case-no={c.caseNo} data-status={c.status} data-version={c.version}>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Space wrap>
              <a
                href={href('/')}
                onClick={(e) => {
                  e.preventDefault();
                  navigate('/');
                }}
                data-testid="case-back"
              >
                ← {t('case.back')}
              </a>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-no">
                {c.caseNo}
              </Typography.Title>
              <Tag color={STATUS_COLOR[c.status]} data-testid="case-status">
                {t(`status.${c.status}`)}
              </Tag>
              <DeadlineTags c={c} flow={def.flow} />
            </Space>
            <Button onClick={reload} loading={loading} data-testid="case-refresh">
              {t('case.refresh')}
            </Button>
          </Space>
          <Typography.Text>
            {def.name} <Typography.Text type="secondary">{t('case.version', { n: c.matterVersion })}</Typography.Text>
          </Typography.Text>
          {c.deemedAcceptanceNote && <Alert type="info" showIcon message={c.deemedAcceptanceNote} />}
          {c.reasons && <Alert type={c.outcome === 'granted' ? 'success' : 'warning'} showIcon message={t('case.reasons', { text: c.reasons })} />}
          {notices.length > 0 && (
            <Space wrap data-testid="case-notices">
              <Typography.Text type="secondary">{t('case.notices')}</Typography.Text>
              {notices.map((k) => (
                <a
                  key={k}
                  href={href(`/cases/${encodeURIComponent(c.caseNo)}/notices/${k}`)}
                  data-testid={`notice-${k}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/cases/${encodeURIComponent(c.caseNo)}/notices/${k}`);
                  }}
                >
                  {t(`notice.${k}`)}
                </a>
              ))}
            </Space>
          )}
        </Space>
      </Card>
      {error !== undefined && <Alert type="error" showIcon message={errorText(t, error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('case.application')} size="small" data-testid="case-application">
              <Descriptions size="small" column={2} bordered>
                <Descriptions.Item label={t('case.applicant')}>{c.applicant.name}</Descriptions.Item>
                <Descriptions.Item label={t('case.applicantKind')}>{t(`applicant.${c.applicant.kind}`)}</Descriptions.Item>
                {c.applicant.idNumber && <Descriptions.Item label={t('case.idNumber')}>{c.applicant.idNumber}</Descriptions.Item>}
                <Descriptions.Item label={t('case.phone')}>{c.applicant.phone}</Descriptions.Item>
                {c.applicant.contact && <Descriptions.Item label={t('case.contact')}>{c.applicant.contact}</Descriptions.Item>}
                {situation && <Descriptions.Item label={t('case.situation')}>{situation}</Descriptions.Item>}
                <Descriptions.Item label={t('case.received')}>{formatChinaDateTime(c.receivedAt)}</Descriptions.Item>
                {c.acceptedAt && <Descriptions.Item label={t('case.accepted')}>{formatChinaDateTime(c.acceptedAt)}</Descriptions.Item>}
              </Descriptions>
              <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }} title={t('case.formData')} data-testid="case-form-data">
                {labelledValues(def.form, c.data).map((v) => (
                  <Descriptions.Item key={v.path} label={v.title}>
                    {v.value}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
            <MaterialsPanel c={c} definition={def} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ActionPanel key={`${c.caseNo}:${c.version}`} c={c} definition={def} user={user} context={context} names={names} onDone={onDone} />
            <DeskPanel c={c} departments={data.departments} names={names} />
            <HistoryPanel history={c.history} audit={data.audit} flow={def.flow} />
          </Space>
        </Col>
      </Row>
      <Card title={t('case.flow')} size="small">
        <CaseFlow flow={def.flow} form={def.form} path={path} departmentNames={departmentNames} />
      </Card>
    </Space>
  );
}
