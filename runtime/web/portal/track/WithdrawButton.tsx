/** 撤回 while the case is open, after a confirmation with an optional reason. */
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTrackWords } from './messages';
import type { Progress } from './progress';
import { withdrawCase } from './track-api';
import { trackErrorKey } from './track-error';

export function WithdrawButton({ caseNo, queryCode, onWithdrawn }: { caseNo: string; queryCode: string; onWithdrawn(p: Progress): void }) {
  const { w } = useTrackWords();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const p = await withdrawCase(caseNo, queryCode, reason.trim() || undefined);
      setOpen(false);
      onWithdrawn(p);
    } catch (err) {
      setError(w('track.error', { msg: w(trackErrorKey(err)) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="track-withdraw">
        {w('track.withdraw')}
      </Button>
      <Modal
        open={open}
        title={w('track.withdraw')}
        onCancel={() => setOpen(false)}
        onOk={() => void confirm()}
        okText={w('track.withdraw.ok')}
        cancelText={w('track.withdraw.cancel')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'track-withdraw-confirm' } as never}
      >
        <Typography.Paragraph>{w('track.withdraw.confirm')}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} rows={2} placeholder={w('track.withdraw.reason')} data-testid="track-withdraw-reason" />
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
