/**
 * 会签 / 或签 progress of an open task: "已签 2 / 3", who signed (with the time and their choice)
 * and who has not. Everyone who sees the case sees it; only an unsigned listed signer gets 同意.
 */
import { Progress, Space, Tag, Typography } from 'antd';
import { formatChinaDateTime } from '../../shared/china-time';
import { useT } from '../i18n';
import type { SignProgress } from './sign-progress';

export function SignProgressView({ stepName, progress, names }: { stepName: string; progress: SignProgress; names?: Record<string, string> }) {
  const t = useT();
  const name = (u: string) => names?.[u] ?? u;
  return (
    <div data-testid="sign-progress" data-signed={progress.signed.length} data-total={progress.total} style={{ marginBottom: 8 }}>
      <Space wrap>
        <Typography.Text strong>{t(`sign.mode.${progress.mode}`)}</Typography.Text>
        <Typography.Text type="secondary">{stepName}</Typography.Text>
        <Tag color={progress.signed.length >= progress.needed ? 'green' : 'blue'} data-testid="sign-count">
          {t('sign.count', { signed: progress.signed.length, total: progress.total })}
        </Tag>
      </Space>
      <Progress percent={Math.round((100 * progress.signed.length) / Math.max(progress.total, 1))} showInfo={false} size="small" aria-label={t('sign.count', { signed: progress.signed.length, total: progress.total })} />
      <div>
        {progress.signed.map((s) => (
          <div key={s.username} data-testid="sign-done" data-username={s.username}>
            <Typography.Text>✓ {name(s.username)}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`sign.action.${s.action ?? 'approve'}`)}
              {s.at ? ` · ${formatChinaDateTime(s.at)}` : ''}
              {s.comment ? ` · ${s.comment}` : ''}
            </Typography.Text>
          </div>
        ))}
        {progress.unsigned.length > 0 && (
          <div data-testid="sign-waiting">
            <Typography.Text type="secondary">{t('sign.waiting', { names: progress.unsigned.map(name).join('、') })}</Typography.Text>
          </div>
        )}
      </div>
    </div>
  );
}
