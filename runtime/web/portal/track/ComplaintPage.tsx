/**
 * 投诉 (`/complaint`, `?caseNo=&queryCode=` or `?matter=` prefill it): about a case (with its query
 * code), a matter or a department; the answer is a reference to keep.
 */
import { Alert, Button, Card, Form, Input, Radio, Result, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../shared/http';
import { queryOf } from '../../shared/router';
import { usePath } from '../router';
import { complaintBody, complaintProblems, type ComplaintAbout, type ComplaintDraft, type ComplaintField } from './complaint';
import { useTrackWords } from './messages';
import { fetchDepartments, fetchMatterNames, fileComplaint } from './track-api';
import { trackErrorKey } from './track-error';

export function ComplaintPage() {
  const { w } = useTrackWords();
  const path = usePath();
  const [draft, setDraft] = useState<ComplaintDraft>(() => ({
    about: queryOf(path, 'caseNo') ? 'case' : queryOf(path, 'matter') ? 'matter' : queryOf(path, 'department') ? 'department' : 'case',
    caseNo: queryOf(path, 'caseNo') ?? '',
    queryCode: queryOf(path, 'queryCode') ?? '',
    matterCode: queryOf(path, 'matter') ?? '',
    departmentId: queryOf(path, 'department') ?? '',
    text: '',
    contact: '',
  }));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [reference, setReference] = useState<string | undefined>();
  const [matters, setMatters] = useState<Array<{ value: string; label: string }>>([]);
  const [departments, setDepartments] = useState<Array<{ value: string; label: string }>>([]);

  useEffect(() => {
    if (draft.about === 'matter' && matters.length === 0) fetchMatterNames().then((r) => setMatters(r.items.map((m) => ({ value: m.code, label: m.name }))), () => undefined);
    if (draft.about === 'department' && departments.length === 0) fetchDepartments().then((r) => setDepartments(r.map((d) => ({ value: d.id, label: d.name }))), () => undefined);
  }, [draft.about, matters.length, departments.length]);

  const problems = tried ? complaintProblems(draft) : [];
  const item = (f: ComplaintField) => (problems.includes(f) ? { validateStatus: 'error' as const, help: w('complaint.required') } : {});
  const set = (patch: Partial<ComplaintDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    setTried(true);
    if (complaintProblems(draft).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      setReference((await fileComplaint(complaintBody(draft))).id);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 404 ? w('complaint.notFound') : w('complaint.failed', { msg: w(trackErrorKey(err)) }));
    } finally {
      setBusy(false);
    }
  };

  if (reference) {
    return (
      <Card style={{ maxWidth: 720, margin: '0 auto' }} data-testid="complaint-done">
        <Result
          status="success"
          title={w('complaint.done')}
          subTitle={
            <>
              {w('complaint.reference')}：<Typography.Text copyable strong data-testid="complaint-reference">{reference}</Typography.Text>
              <div>{w('complaint.keep')}</div>
            </>
          }
          extra={<Button onClick={() => { setReference(undefined); setTried(false); set({ text: '' }); }} data-testid="complaint-another">{w('complaint.another')}</Button>}
        />
      </Card>
    );
  }

  return (
    <Card style={{ maxWidth: 720, margin: '0 auto' }} data-testid="complaint-form">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{w('complaint.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{w('complaint.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={w('complaint.about')}>
          <Radio.Group value={draft.about} onChange={(e) => set({ about: e.target.value as ComplaintAbout })} optionType="button" buttonStyle="solid">
            {(['case', 'matter', 'department'] as const).map((a) => (
              <Radio.Button key={a} value={a} data-testid={`complaint-about-${a}`}>{w(`complaint.about.${a}`)}</Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {draft.about === 'case' && (
          <>
            <Form.Item label={w('complaint.caseNo')} required {...item('caseNo')}>
              <Input value={draft.caseNo} onChange={(e) => set({ caseNo: e.target.value })} data-testid="complaint-case-no" autoComplete="off" />
            </Form.Item>
            <Form.Item label={w('complaint.queryCode')} required {...item('queryCode')}>
              <Input value={draft.queryCode} onChange={(e) => set({ queryCode: e.target.value })} data-testid="complaint-query-code" autoComplete="off" />
            </Form.Item>
          </>
        )}
        {draft.about === 'matter' && (
          <Form.Item label={w('complaint.matter')} required {...item('matterCode')}>
            <Select showSearch optionFilterProp="label" value={draft.matterCode || undefined} placeholder={w('complaint.choose')} options={matters} onChange={(v) => set({ matterCode: v })} data-testid="complaint-matter" />
          </Form.Item>
        )}
        {draft.about === 'department' && (
          <Form.Item label={w('complaint.department')} required {...item('departmentId')}>
            <Select showSearch optionFilterProp="label" value={draft.departmentId || undefined} placeholder={w('complaint.choose')} options={departments} onChange={(v) => set({ departmentId: v })} data-testid="complaint-department" />
          </Form.Item>
        )}
        <Form.Item label={w('complaint.text')} required {...item('text')}>
          <Input.TextArea value={draft.text} onChange={(e) => set({ text: e.target.value })} maxLength={5000} showCount rows={5} placeholder={w('complaint.textHint')} data-testid="complaint-text" />
        </Form.Item>
        <Form.Item label={w('complaint.contact')} required {...item('contact')}>
          <Input value={draft.contact} onChange={(e) => set({ contact: e.target.value })} maxLength={200} placeholder={w('complaint.contactHint')} data-testid="complaint-contact" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="complaint-error" />}
      <Button type="primary" size="large" loading={busy} onClick={() => void submit()} data-testid="complaint-submit">
        {w('complaint.submit')}
      </Button>
    </Card>
  );
}
