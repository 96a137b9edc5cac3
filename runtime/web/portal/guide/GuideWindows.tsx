/** Where to go: each window of the guide with its address, hours and phone. */
import { Typography } from 'antd';
import type { GuideWindow } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';

export function GuideWindows({ windows }: { windows: GuideWindow[] }) {
  const { t } = useI18n();
  if (windows.length === 0) return <Typography.Text type="secondary">{t('guide.windows.none')}</Typography.Text>;
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      {windows.map((w, i) => (
        <div key={i} data-testid="guide-window" style={{ borderLeft: '3px solid #c0392b', paddingLeft: 10 }} className="portal-wrap">
          <div style={{ fontWeight: 600 }}>{w.name}</div>
          {w.address && <Line label={t('guide.windows.address')} text={w.address} />}
          {w.hours && <Line label={t('guide.windows.hours')} text={w.hours} />}
          {w.phone && <Line label={t('guide.windows.phone')} text={<a href={`tel:${w.phone.replace(/[^\d+]/g, '')}`}>{w.phone}</a>} />}
        </div>
      ))}
    </div>
  );
}

function Line({ label, text }: { label: string; text: React.ReactNode }) {
  return (
    <div style={{ fontSize: 13 }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {text}
    </div>
  );
}
