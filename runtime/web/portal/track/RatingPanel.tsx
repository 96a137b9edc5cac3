/** 好差评 after conclusion: 1–5 stars and a comment, once; afterwards the score given. */
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTrackWords } from './messages';
import { rateCase } from './track-api';
import { trackErrorKey } from './track-error';

interface Props {
  caseNo: string;
  queryCode: string;
  /** The score already given, if any. */
  rated: number | undefined;
  open: boolean;
}

export function RatingPanel({ caseNo, queryCode, rated, open }: Props) {
  const { w } = useTrackWords();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<number | undefined>(rated);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const levels = w('track.rate.levels').split('|');

  if (done !== undefined || !open) {
    return (
      <Card title={w('track.rate.title')}>
        <Typography.Text data-testid="track-rated" data-score={done}>
          <span style={{ color: '#fadb14', fontSize: 20, marginRight: 8 }} aria-hidden>{'★'.repeat(done ?? 0)}</span>
          {w('track.rated', { n: done ?? 0 })}
        </Typography.Text>
      </Card>
    );
  }

  const submit = async () => {
    if (score === 0) return setError(w('track.rate.pick'));
    setBusy(true);
    setError(undefined);
    try {
      const r = await rateCase(caseNo, queryCode, score, comment.trim() || undefined);
      setDone(r.score);
    } catch (err) {
      setError(w('track.error', { msg: w(trackErrorKey(err)) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={w('track.rate.title')} data-testid="track-rate">
      <Typography.Paragraph type="secondary">{w('track.rate.intro')}</Typography.Paragraph>
      <Flex gap={4} align="center" wrap role="radiogroup" aria-label={w('track.rate.title')}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={score === n}
            aria-label={w('track.rate.star', { n })}
            title={levels[n - 1]}
            onClick={() => setScore(n)}
            data-testid={`track-rate-${n}`}
            style={{ fontSize: 32, lineHeight: 1, padding: 4, border: 'none', background: 'none', cursor: 'pointer', color: n <= score ? '#fadb14' : '#d9d9d9' }}
          >
            ★
          </button>
        ))}
        {score > 0 && <Typography.Text style={{ marginLeft: 8 }}>{levels[score - 1]}</Typography.Text>}
      </Flex>
      <Input.TextArea
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={2000}
        rows={3}
        placeholder={w('track.rate.comment')}
        style={{ marginTop: 12 }}
        data-testid="track-rate-comment"
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      <Button type="primary" style={{ marginTop: 12 }} loading={busy} onClick={() => void submit()} data-testid="track-rate-submit">
        {w('track.rate.submit')}
      </Button>
    </Card>
  );
}
