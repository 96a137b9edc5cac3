/** The reject dialog: a required reason (shown to the department editor) and 确定驳回. */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { reasonProblem } from './review-logic';

export function RejectModal({ open, busy, onOk, onCancel }: { open: boolean; busy: boolean; onOk: (reason: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reasonProblem(reason);
  return (
    <Modal
      open={open}
      title={t('review.reject.title')}
      okText={t('review.reject.ok')}
      cancelText={t('review.cancel')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'review-reject-ok' } as never}
      onOk={() => {
        setTouched(true);
        if (!problem) onOk(reason.trim());
      }}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('review.reject.reason')} required validateStatus={touched && problem ? 'error' : undefined} help={touched && problem ? t(`review.reject.${problem}`) : undefined}>
          <Input.TextArea
            data-testid="review-reject-reason"
            rows={4}
            value={reason}
            placeholder={t('review.reject.placeholder')}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => setTouched(true)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
