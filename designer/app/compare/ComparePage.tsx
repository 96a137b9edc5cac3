/**
 * /designer/matters/<code>/compare?from=&to=: two version pickers (published versions and the
 * draft) over the simplification report, with a 打印 button and a print stylesheet.
 */
import { Alert, Button, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { navigate, queryParam, usePath } from '../router';
import { matterHead, publishedVersions } from './compare-api';
import { CompareReport } from './CompareReport';
import { printReport } from './print-report';
import { defaultPair, parseRef, refOptions, refValue, type Available } from './version-refs';

export function ComparePage({ code }: { code: string }) {
  const { t } = useI18n();
  usePath(); // re-render when navigate() changes the query
  const [available, setAvailable] = useState<Available & { name: string }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    Promise.all([publishedVersions(code), matterHead(code)])
      .then(([versions, head]) =>
        setAvailable({
          versions: versions.map((v) => v.version),
          live: head?.liveVersion ?? null,
          hasDraft: !!head?.draft,
          name: head?.name ?? versions[versions.length - 1]?.definition.name ?? code,
        }),
      )
      .catch((err: Error) => setError(err.message));
  }, [code]);

  if (error) return <Alert type="error" showIcon message={t('compare.loadFailed', { message: error })} />;
  if (!available) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  const { from, to } = defaultPair(available, parseRef(queryParam('from')), parseRef(queryParam('to')));
  const options = refOptions(available).map((o) => ({
    value: o.value,
    label: o.kind === 'draft' ? t('compare.draftOption') : `${t('compare.version', { n: o.version! })}${o.live ? `（${t('compare.live')}）` : ''}`,
  }));
  const go = (next: { from?: string; to?: string }) => {
    const f = next.from ?? refValue(from, available.live);
    const tt = next.to ?? refValue(to, available.live);
    const query = new URLSearchParams({ ...(f ? { from: f } : {}), ...(tt ? { to: tt } : {}) });
    navigate(`/matters/${encodeURIComponent(code)}/compare?${query.toString()}`);
  };
  const optionLabel = (v?: string) => options.find((o) => o.value === v)?.label ?? '';

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div className="compare-no-print" style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <Button onClick={() => navigate(`/matters/${encodeURIComponent(code)}`)} data-testid="compare-back">
          {t('compare.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="compare-title">
          {available.name} · {t('compare.title')}
        </Typography.Title>
        <Space>
          <span>{t('compare.from')}</span>
          <Select
            data-testid="compare-from"
            classNames={{ popup: { root: 'compare-from-popup' } }}
            style={{ minWidth: 160 }}
            placeholder={t('compare.pick')}
            value={refValue(from, available.live)}
            options={options}
            onChange={(v: string) => go({ from: v })}
          />
          <span>→ {t('compare.to')}</span>
          <Select data-testid="compare-to" classNames={{ popup: { root: 'compare-to-popup' } }} style={{ minWidth: 160 }} placeholder={t('compare.pick')} value={refValue(to, available.live)} options={options} onChange={(v: string) => go({ to: v })} />
        </Space>
        <Button type="primary" onClick={() => void printReport()} data-testid="compare-print">
          {t('compare.print')}
        </Button>
      </div>
      <div className="compare-print-only">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {available.name} · {t('compare.title')}：{optionLabel(refValue(from, available.live))} → {optionLabel(refValue(to, available.live))}
        </Typography.Title>
        <Typography.Text type="secondary">
          {code} · {t('compare.printedAt', { at: new Date().toLocaleString() })}
        </Typography.Text>
      </div>
      {to === undefined ? (
        <Alert type="info" showIcon message={t('compare.noEarlier')} data-testid="compare-no-earlier" />
      ) : (
        <CompareReport key={`${from}-${to}`} code={code} from={from} to={to} note={from === undefined ? t('compare.noEarlier') : undefined} />
      )}
    </Space>
  );
}
