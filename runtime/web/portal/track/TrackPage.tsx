/**
 * 办件查询 (`/track?caseNo=&queryCode=`): a form for the case number and query code; with both in
 * the URL the case's progress is loaded and shown (status, timeline, supplement, decision, rating,
 * withdrawal). The query is read from the URL, so the receipt's link opens the case directly.
 */
import { Alert, Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { queryOf } from '../../shared/router';
import { ApiError } from '../../shared/http';
import { navigate, usePath } from '../router';
import { CaseView } from './CaseView';
import { useTrackWords } from './messages';
import { normalizeCaseNo, normalizeQueryCode, type Progress } from './progress';
import { fetchProgress } from './track-api';
import { trackErrorKey } from './track-error';

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; progress: Progress };

export function TrackPage() {
  const { w } = useTrackWords();
  const path = usePath();
  const caseNo = normalizeCaseNo(queryOf(path, 'caseNo'));
  const queryCode = normalizeQueryCode(queryOf(path, 'queryCode'));
  const [typedCaseNo, setTypedCaseNo] = useState(caseNo ?? '');
  const [typedCode, setTypedCode] = useState(queryCode ?? '');
  const [missing, setMissing] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });

  const load = useCallback(async () => {
    if (!caseNo || !queryCode) return setLoaded({ state: 'idle' });
    setLoaded((l) => (l.state === 'ready' && l.progress.caseNo === caseNo ? l : { state: 'loading' }));
    try {
      setLoaded({ state: 'ready', progress: await fetchProgress(caseNo, queryCode) });
    } catch (err) {
      setLoaded({ state: 'failed', message: err instanceof ApiError && err.status === 404 ? w('track.notFound') : w('track.failed', { msg: w(trackErrorKey(err)) }) });
    }
    // w changes with the language only; reloading then is harmless but needless.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseNo, queryCode]);

  useEffect(() => {
    setTypedCaseNo(caseNo ?? '');
    setTypedCode(queryCode ?? '');
    void load();
  }, [caseNo, queryCode, load]);

  const submit = () => {
    const c = normalizeCaseNo(typedCaseNo);
    const q = normalizeQueryCode(typedCode);
    setMissing(!c || !q);
    if (!c || !q) return;
    if (c === caseNo && q === queryCode) void load();
    else navigate(`/track?caseNo=${encodeURIComponent(c)}&queryCode=${encodeURIComponent(q)}`);
  };

  return (
    <div style={{ maxWidth: 920, margin: '0 auto' }}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{w('track.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{w('track.hint')}</Typography.Paragraph>
        <Form layout="vertical" component="form" onSubmitCapture={(e) => { e.preventDefault(); submit(); }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
            <Form.Item label={w('track.caseNo')} style={{ flex: '1 1 220px', marginBottom: 0 }}>
              <Input value={typedCaseNo} onChange={(e) => setTypedCaseNo(e.target.value)} placeholder="MF20260101-XXXXXX" data-testid="track-case-no" autoComplete="off" size="large" />
            </Form.Item>
            <Form.Item label={w('track.queryCode')} style={{ flex: '1 1 180px', marginBottom: 0 }}>
              <Input value={typedCode} onChange={(e) => setTypedCode(e.target.value)} data-testid="track-query-code" autoComplete="off" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" data-testid="track-submit" style={{ flex: '0 0 auto' }}>
              {w('track.submit')}
            </Button>
          </div>
        </Form>
        {missing && <Alert type="warning" showIcon message={w('track.required')} style={{ marginTop: 12 }} />}
      </Card>
      {loaded.state === 'loading' && <Spin tip={w('track.loading')} style={{ display: 'block', padding: 32 }}><div /></Spin>}
      {loaded.state === 'failed' && <Alert type="error" showIcon message={loaded.message} data-testid="track-error" />}
      {loaded.state === 'ready' && queryCode && (
        <CaseView progress={loaded.progress} queryCode={queryCode} onChanged={(p) => (p ? setLoaded({ state: 'ready', progress: p }) : void load())} />
      )}
    </div>
  );
}
