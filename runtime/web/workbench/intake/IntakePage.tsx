/**
 * 窗口收件 (/workbench/intake): the clerk registers a paper application for the applicant at the
 * window — the matter (those the desk may take: intake-model `mayTake`), the situation, the
 * applicant, the form (the portal's Formily renderer) and each needed material as 已收取 / 缺失 /
 * 有缺陷. 提交收件 registers it even when incomplete (art. 32 runs from receipt; the one-time notice
 * follows on the result page); 收件并受理 receives and accepts at once when the application is
 * complete and the matter has no separate 受理 stage. Server field errors are named in words.
 */
import { Alert, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Applicant, MatterVersion } from '../../../../schemas/types.generated.js';
import { ApplicantForm, type ApplicantFormHandle } from '../../form-renderer';
import type { SessionUser } from '../../shared/http';
import { emptyApplicant } from '../../portal/apply/applicant';
import { neededMaterials } from '../../portal/apply/application';
import { api, type IntakeReceipt } from '../api';
import { errorText } from '../error-text';
import { useI18n, useT } from '../i18n';
import { formFieldTitles } from './form-field-titles';
import { ApplicantFields } from './ApplicantFields';
import { intakeBody, intakeLines, intakeProblems, mayAcceptAtOnce, type IntakeLine } from './intake-model';
import { IntakeResult } from './IntakeResult';
import { MaterialReceipt } from './MaterialReceipt';
import { useIntakeMatters } from './use-intake-matters';

export function IntakePage({ user }: { user: SessionUser }) {
  const t = useT();
  const { data: catalogue, error: loadError } = useIntakeMatters(user);
  const [matter, setMatter] = useState<MatterVersion>();
  const [matterError, setMatterError] = useState<unknown>();
  const [receipt, setReceipt] = useState<{ receipt: IntakeReceipt; accepted: boolean }>();
  const [round, setRound] = useState(0);

  const pick = async (code: string) => {
    setMatter(undefined);
    setMatterError(undefined);
    try {
      setMatter(await api.liveMatter(code));
    } catch (e) {
      setMatterError(e);
    }
  };
  if (receipt) return <IntakeResult receipt={receipt.receipt} accepted={receipt.accepted} onAnother={() => (setReceipt(undefined), setRound((n) => n + 1))} />;
  return (
    <Card title={t('intake.title')} data-testid="intake-page">
      <Typography.Paragraph type="secondary">{t('intake.intro')}</Typography.Paragraph>
      {loadError !== undefined && <Alert type="error" showIcon message={errorText(t, loadError)} />}
      {!catalogue && loadError === undefined && <Spin />}
      {catalogue && (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <label htmlFor="intake-matter">
            <Typography.Text strong>{t('intake.matter')}</Typography.Text>
          </label>
          <Select
            id="intake-matter"
            showSearch
            optionFilterProp="label"
            style={{ width: '100%', maxWidth: 640 }}
            placeholder={t('intake.matterPlaceholder')}
            value={matter?.code}
            onChange={(code: string) => void pick(code)}
            options={catalogue.matters.map((m) => ({ value: m.code, label: `${m.name}${m.departmentId && m.departmentId !== user.departmentId ? `（${catalogue.departments.find((d) => d.id === m.departmentId)?.name ?? m.departmentId}）` : ''}` }))}
            notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.noMatters')} />}
            data-testid="intake-matter"
          />
          {matterError !== undefined && <Alert type="error" showIcon message={errorText(t, matterError)} />}
          {matter && <IntakeForm key={`${matter.code}:${matter.version}:${round}`} matter={matter} onReceived={(r, accepted) => setReceipt({ receipt: r, accepted })} />}
        </Space>
      )}
    </Card>
  );
}

function IntakeForm({ matter, onReceived }: { matter: MatterVersion; onReceived(r: IntakeReceipt, accepted: boolean): void }) {
  const t = useT();
  const { lang } = useI18n();
  const def = matter.definition;
  const [situation, setSituation] = useState<string>();
  const [applicant, setApplicant] = useState<Applicant>(() => emptyApplicant(def.serviceObjects[0] ?? 'legal_person'));
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [choices, setChoices] = useState<IntakeLine[]>([]);
  const [tried, setTried] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'receive' | 'accept'>();
  const formRef = useRef<ApplicantFormHandle>(null);
  // Formily reports values while its fields render; the answers are taken a microtask later.
  const onAnswers = useCallback((values: Record<string, unknown>) => queueMicrotask(() => setAnswers(values)), []);
  const needed = useMemo(() => neededMaterials(def, situation, answers), [def, situation, answers]);
  const lines = useMemo(() => intakeLines(needed, choices), [needed, choices]);
  const titles = useMemo(() => formFieldTitles(def.form), [def.form]);
  const draft = { matterCode: matter.code, situations: def.situations.map((s) => s.id), situation, applicant, lines };
  const atOnce = mayAcceptAtOnce(lines, def.intakeStages);

  const send = async (accept: boolean) => {
    setTried(true);
    setError(undefined);
    const found = intakeProblems(draft);
    const formErrors = (await formRef.current?.validate()) ?? [];
    if (formErrors.length > 0) found.push('intake.need.form');
    setProblems(found);
    if (found.length > 0) return;
    setBusy(accept ? 'accept' : 'receive');
    try {
      const data = formRef.current ? await formRef.current.submit() : answers;
      onReceived(await api.intake(intakeBody(draft, data, accept)), accept);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const fieldName = (path: string) => {
    const m = /^\/?materials\/(\d+)/.exec(path);
    if (m) return lines[Number(m[1])]?.name;
    const d = /^\/?data\/(.+)$/.exec(path);
    return d ? titles.get(d[1]!.replace(/\//g, '.')) : undefined;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16} data-testid="intake-form" data-matter={matter.code}>
      {def.situations.length > 0 && (
        <Card size="small" title={t('case.situation')}>
          <Select
            style={{ width: '100%', maxWidth: 480 }}
            placeholder={t('intake.situationPlaceholder')}
            value={situation}
            onChange={setSituation}
            options={def.situations.map((s) => ({ value: s.id, label: s.name }))}
            status={tried && !situation ? 'error' : undefined}
            data-testid="intake-situation"
            aria-label={t('case.situation')}
          />
        </Card>
      )}
      <Card size="small" title={t('case.applicant')}>
        <ApplicantFields value={applicant} onChange={setApplicant} showProblems={tried} />
      </Card>
      <Card size="small" title={t('case.formData')} data-testid="intake-form-data">
        <ApplicantForm ref={formRef} form={def.form} onChange={onAnswers} lang={lang} />
      </Card>
      <Card size="small" title={t('intake.materials.title', { n: lines.length })}>
        <MaterialReceipt lines={lines} onChange={setChoices} showProblems={tried} />
      </Card>
      {problems.length > 0 && <Alert type="warning" showIcon data-testid="intake-problems" message={problems.map((p) => t(p)).join('；')} />}
      {error !== undefined && <Alert type="error" showIcon data-testid="intake-error" message={errorText(t, error, fieldName)} />}
      <Space wrap>
        <Button type="primary" size="large" loading={busy === 'receive'} disabled={busy !== undefined} onClick={() => void send(false)} data-testid="intake-submit">
          {t('intake.submit')}
        </Button>
        {atOnce && (
          <Button size="large" loading={busy === 'accept'} disabled={busy !== undefined} onClick={() => void send(true)} data-testid="intake-submit-accept">
            {t('intake.submitAccept')}
          </Button>
        )}
        {!atOnce && (def.intakeStages ?? 'one') === 'two' && <Typography.Text type="secondary">{t('intake.twoStages')}</Typography.Text>}
      </Space>
    </Space>
  );
}
