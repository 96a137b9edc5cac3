/**
 * The simplification report of two versions of a matter: the metrics table, what was removed /
 * added / changed, and the two flows side by side with the differences marked. Without `from`
 * (a new matter with nothing live) it shows the figures and flow of `to` alone. Embedded by the
 * compare page and the review page.
 */
import { Alert, Card, Col, Row, Segmented, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { MatterVersion } from '../../../schemas/types.generated.js';
import { departments as fetchDepartments } from '../api';
import { useI18n } from '../i18n';
import { ChangeLists } from './ChangeLists';
import { CompareFlow } from './CompareFlow';
import { compareReport, matterVersion, type CompareResponse, type VersionRef } from './compare-api';
import './compare-print.css';
import { countMarks, flowDiffMarks } from './flow-diff';
import { MetricsTable } from './MetricsTable';

interface Loaded {
  report: CompareResponse;
  before?: MatterVersion;
  after: MatterVersion;
}

const PUBLISHED = new Set(['published', 'superseded', 'retired']);

/** `note`: what to say when there is no `from` (default: the matter has nothing live yet). */
export function CompareReport({ code, from, to, note }: { code: string; from?: VersionRef; to: VersionRef; note?: string }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [departmentNames, setDepartmentNames] = useState<Record<string, string>>({});
  // Flows run left to right, so one above the other reads best; side by side is offered too.
  const [arrangement, setArrangement] = useState<'stacked' | 'side'>('stacked');

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    setError(undefined);
    // Without `from`, compare `to` with itself: the report's figures are then its own.
    Promise.all([compareReport(code, from ?? to, to), from === undefined ? undefined : matterVersion(code, from), matterVersion(code, to)])
      .then(([report, before, after]) => live && setLoaded({ report, before, after }))
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [code, from, to]);

  useEffect(() => {
    fetchDepartments()
      .then((ds) => setDepartmentNames(Object.fromEntries(ds.map((d) => [d.id, d.name]))))
      .catch(() => {});
  }, []);

  // Material names of both versions (the newer wins) and department names, for changed references.
  const names = useMemo(() => {
    const materials = [...(loaded?.before?.definition.materials ?? []), ...(loaded?.after.definition.materials ?? [])];
    return { ...departmentNames, ...Object.fromEntries(materials.map((m) => [m.id, m.name])) };
  }, [loaded, departmentNames]);
  const marks = useMemo(() => (loaded?.before ? flowDiffMarks(loaded.before.definition.flow, loaded.after.definition.flow) : undefined), [loaded]);

  if (error) return <Alert type="error" showIcon message={t('compare.loadFailed', { message: error })} data-testid="compare-error" />;
  if (!loaded) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  const label = (v: { version: number; status: string }) => (PUBLISHED.has(v.status) ? t('compare.version', { n: v.version }) : t('compare.draftOption'));
  const { report, before, after } = loaded;
  const beforeLabel = label(report.from);
  const afterLabel = label(report.to);
  const side = arrangement === 'side';
  const flowHeight = side ? 420 : 320;
  const beforeCounts = marks ? countMarks(marks.beforeNodes) : undefined;
  const afterCounts = marks ? countMarks(marks.afterNodes) : undefined;

  return (
    <div className="compare-report" data-testid="compare-report" data-from={report.from.version} data-to={report.to.version}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {!before && <Alert type="info" showIcon message={note ?? t('compare.single')} data-testid="compare-single" />}
        <Card size="small" title={before ? `${t('compare.metrics')}：${beforeLabel} → ${afterLabel}` : `${t('compare.metrics')}：${afterLabel}`}>
          <MetricsTable metrics={report.metrics} single={!before} />
        </Card>
        {before && (
          <Card size="small" title={t('compare.changes')}>
            <ChangeLists report={report} names={names} />
          </Card>
        )}
        <Card
          size="small"
          title={before ? t('compare.flows') : t('compare.flow')}
          extra={
            before && (
              <Space>
                <Typography.Text type="secondary">{t('compare.legend')}</Typography.Text>
                <Segmented
                  className="compare-no-print"
                  size="small"
                  data-testid="compare-arrangement"
                  value={arrangement}
                  onChange={(v) => setArrangement(v as 'stacked' | 'side')}
                  options={[
                    { value: 'stacked', label: t('compare.stacked') },
                    { value: 'side', label: t('compare.sideBySide') },
                  ]}
                />
              </Space>
            )
          }
        >
          <Row gutter={[16, 16]} className="compare-flows" data-arrangement={arrangement}>
            {before && marks && (
              <Col span={side ? 12 : 24} className="compare-flow-box">
                <Typography.Text strong>
                  {t('compare.flowOf', { version: beforeLabel })}
                  <span style={{ color: '#cf1322', marginLeft: 8 }}>
                    {beforeCounts!.removed > 0 && `${t('compare.mark.removed')} ${beforeCounts!.removed}`}
                  </span>
                </Typography.Text>
                <CompareFlow key={arrangement} height={flowHeight} testId="compare-flow-before" flow={before.definition.flow} nodeMarks={marks.beforeNodes} edgeMarks={marks.beforeEdges} departmentNames={departmentNames} />
              </Col>
            )}
            <Col span={before && side ? 12 : 24} className="compare-flow-box">
              <Typography.Text strong>
                {t('compare.flowOf', { version: afterLabel })}
                <span style={{ color: '#389e0d', marginLeft: 8 }}>{afterCounts && afterCounts.added > 0 && `${t('compare.mark.added')} ${afterCounts.added}`}</span>
              </Typography.Text>
              <CompareFlow key={arrangement} height={flowHeight} testId="compare-flow-after" flow={after.definition.flow} nodeMarks={marks?.afterNodes ?? {}} edgeMarks={marks?.afterEdges ?? {}} departmentNames={departmentNames} />
            </Col>
          </Row>
        </Card>
      </Space>
    </div>
  );
}
