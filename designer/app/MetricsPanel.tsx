/**
 * The live metrics strip above every tab of the matter editor: the simplification yardsticks of the
 * definition as it stands (steps, critical path and its working days, departments, materials by
 * kind, promised vs statutory days, on-site visits), each beside the live version's figure when
 * there is one, so an editor sees at once what a change does. Pure `matterMetrics`, recomputed per edit.
 */
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { matterMetrics, type MatterMetrics } from '../../catalog/metrics/matter-metrics.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { useI18n, type MessageKey } from './i18n';
import { metricDelta } from './metric-delta';

export interface MetricsPanelProps {
  definition: MatterDefinition;
  /** The live version, to compare with; undefined for a matter never published. */
  baseline?: MatterDefinition;
  departmentNames: Record<string, string>;
  /** Lint errors and warnings of the definition (counted by the page). */
  errors: number;
  warnings: number;
  findings: string[];
}

interface Figure {
  key: string;
  label: MessageKey;
  value: (m: MatterMetrics) => number;
  /** Shown instead of the bare number. */
  render?: (m: MatterMetrics) => ReactNode;
  tip?: (m: MatterMetrics) => ReactNode;
}

export function MetricsPanel({ definition, baseline, departmentNames, errors, warnings, findings }: MetricsPanelProps) {
  const { t } = useI18n();
  const now = useMemo(() => matterMetrics(definition), [definition]);
  const before = useMemo(() => (baseline ? matterMetrics(baseline) : undefined), [baseline]);

  const figures: Figure[] = [
    { key: 'steps', label: 'metrics.steps', value: (m) => m.steps },
    { key: 'critical-steps', label: 'metrics.criticalSteps', value: (m) => m.criticalPathSteps },
    { key: 'critical-days', label: 'metrics.criticalDays', value: (m) => m.criticalPathDays },
    {
      key: 'departments',
      label: 'metrics.departments',
      value: (m) => m.departmentCount,
      tip: (m) => m.departments.map((id) => departmentNames[id] ?? id).join('、') || t('flow.none'),
    },
    {
      key: 'materials',
      label: 'metrics.materials',
      value: (m) => m.materials.total,
      tip: (m) =>
        t('metrics.materialsByKind', {
          required: m.materials.required,
          conditional: m.materials.conditional,
          optional: m.materials.optional,
          deferrable: m.materials.deferrable,
          waivable: m.materials.waivable,
          shared: m.materials.shared,
        }),
    },
    { key: 'materials-required', label: 'metrics.materialsRequired', value: (m) => m.materials.required },
    { key: 'promised', label: 'metrics.promised', value: (m) => m.promisedDays, render: (m) => `${m.promisedDays} / ${m.statutoryDays}` },
    { key: 'visits', label: 'metrics.visits', value: (m) => m.onSiteVisits },
    { key: 'fields', label: 'metrics.fields', value: (m) => m.formFields },
  ];

  return (
    <div data-testid="metrics" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'stretch', marginBottom: 8 }}>
      {figures.map((f) => {
        const delta = before ? metricDelta(f.value(before), f.value(now)) : undefined;
        const late = f.key === 'promised' && now.criticalPathDays > now.promisedDays;
        const body = (
          <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 10px', minWidth: 92, background: '#fff' }} data-testid={`metric-card-${f.key}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(f.label)}
            </Typography.Text>
            <div>
              <Typography.Text strong style={{ fontSize: 18, color: late ? '#cf1322' : undefined }} data-testid={`metric-${f.key}`}>
                {f.render ? f.render(now) : f.value(now)}
              </Typography.Text>
              {delta && delta.change !== 0 && (
                <Typography.Text style={{ marginLeft: 6, fontSize: 12, color: delta.change < 0 ? '#389e0d' : '#cf1322' }} data-testid={`metric-${f.key}-delta`}>
                  {delta.change > 0 ? '+' : '−'}
                  {Math.abs(delta.change)}
                  {delta.percent !== null ? ` (${delta.change > 0 ? '+' : '−'}${Math.abs(delta.percent)}%)` : ''}
                </Typography.Text>
              )}
            </div>
          </div>
        );
        const tip = f.tip?.(now) ?? (late ? t('metrics.lateTip', { days: now.criticalPathDays }) : undefined);
        return tip ? (
          <Tooltip key={f.key} title={tip}>
            {body}
          </Tooltip>
        ) : (
          <div key={f.key}>{body}</div>
        );
      })}
      <Tooltip title={findings.length ? <ul style={{ margin: 0, paddingLeft: 16 }}>{findings.slice(0, 12).map((f, i) => <li key={i}>{f}</li>)}</ul> : undefined}>
        <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 10px', background: '#fff' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('metrics.lint')}
          </Typography.Text>
          <div>
            <Space size={4}>
              <Tag color={errors ? 'red' : 'green'} data-testid="metric-errors">
                {errors}
              </Tag>
              {warnings > 0 && <Tag color="orange">{t('flow.metrics.warnings')} {warnings}</Tag>}
            </Space>
          </div>
        </div>
      </Tooltip>
      {before && (
        <Typography.Text type="secondary" style={{ alignSelf: 'center', fontSize: 12 }}>
          {t('metrics.vsLive')}
        </Typography.Text>
      )}
    </div>
  );
}
