/**
 * A table of scored rows (departments or hall windows), best first: the leading columns the caller
 * gives, cases, the score bar, each indicator's scaled value, and a link that opens the row's
 * explanation (each indicator's value, scaled value, weight, share and points).
 * Test ids, for a row whose id is `<id>`: `<rowPrefix>-<id>` (with `data-score`),
 * `sup-score-value-<id>`, `sup-score-expand-<id>`, `sup-score-explain-<id>[-<indicator>]`.
 */
import { Button, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from './i18n';
import type { IndicatorExplanation, Scored } from './supervision-api';

const fmtValue = (i: IndicatorExplanation) => {
  if (i.value === null) return '—';
  if (i.indicator === 'satisfaction') return i.value.toFixed(2);
  if (i.indicator === 'complaints') return i.value.toFixed(3);
  return `${(i.value * 100).toFixed(1)}%`;
};

function Explanation({ scored, id }: { scored: Scored; id: string }) {
  const { t } = useI18n();
  return (
    <Table<IndicatorExplanation>
      data-testid={`sup-score-explain-${id}`}
      size="small"
      rowKey="indicator"
      pagination={false}
      dataSource={scored.indicators}
      onRow={(i) => ({ 'data-testid': `sup-score-explain-${id}-${i.indicator}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('score.indicator'),
          dataIndex: 'indicator',
          render: (k: string) => (
            <span>
              {t(`indicator.${k}` as MessageKey)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`score.formula.${k}` as MessageKey)}
              </Typography.Text>
            </span>
          ),
        },
        { title: t('score.value'), key: 'value', align: 'right', render: (_, i) => fmtValue(i) },
        { title: t('score.normalised'), key: 'normalised', align: 'right', render: (_, i) => (i.normalised === null ? <Typography.Text type="secondary">{t('score.excluded')}</Typography.Text> : i.normalised.toFixed(1)) },
        { title: t('score.weight'), dataIndex: 'weight', align: 'right' },
        { title: t('score.share'), key: 'share', align: 'right', render: (_, i) => `${(i.share * 100).toFixed(1)}%` },
        { title: t('score.contribution'), key: 'contribution', align: 'right', render: (_, i) => <strong>{i.contribution.toFixed(1)}</strong> },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5}>
            {t('score.score')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <strong>{scored.score === null ? '—' : scored.score.toFixed(1)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

const scoreColor = (s: number) => (s >= 85 ? '#52c41a' : s >= 70 ? '#1f5fbf' : s >= 60 ? '#faad14' : '#f5222d');

export interface ScoreTableProps<T extends Scored> {
  testid: string;
  rowPrefix: string;
  rows: T[];
  /** The row's id in test ids and the expanded-row state. */
  idOf: (r: T) => string;
  /** The columns before cases (department, window…). */
  leading: ColumnsType<T>;
  /** The whole centre's row under the table, if any. */
  summary?: (leadingColumns: number) => ReactNode;
}

export function ScoreTable<T extends Scored>({ testid, rowPrefix, rows, idOf, leading, summary }: ScoreTableProps<T>) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string[]>([]);
  const sorted = [...rows].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const toggle = (id: string) => setOpen((o) => (o.includes(id) ? o.filter((x) => x !== id) : [...o, id]));
  return (
    <Table<T>
      data-testid={testid}
      size="small"
      rowKey={idOf}
      dataSource={sorted}
      pagination={false}
      onRow={(r) => ({ 'data-testid': `${rowPrefix}-${idOf(r)}`, 'data-score': r.score === null ? '' : r.score.toFixed(2) }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowKeys: open,
        showExpandColumn: false,
        expandedRowRender: (r) => <Explanation scored={r} id={idOf(r)} />,
      }}
      columns={[
        ...leading,
        { title: t('score.cases'), key: 'cases', align: 'right', render: (_, r) => r.figures.cases },
        {
          title: t('score.score'),
          key: 'score',
          width: 260,
          render: (_, r) =>
            r.score === null ? (
              <Typography.Text type="secondary">{t('score.noScore')}</Typography.Text>
            ) : (
              <Progress percent={Math.round(r.score * 10) / 10} strokeColor={scoreColor(r.score)} format={(p) => `${p}`} data-testid={`sup-score-value-${idOf(r)}`} />
            ),
        },
        ...(['onTimeRate', 'satisfaction', 'complaints', 'supplementRate'] as const).map((k) => ({
          title: t(`indicator.${k}` as MessageKey),
          key: k,
          align: 'right' as const,
          render: (_: unknown, r: T) => {
            const i = r.indicators.find((x) => x.indicator === k)!;
            return i.normalised === null ? '—' : i.normalised.toFixed(0);
          },
        })),
        {
          title: '',
          key: 'explain',
          render: (_, r) => (
            <Button size="small" type="link" onClick={() => toggle(idOf(r))} data-testid={`sup-score-expand-${idOf(r)}`}>
              {t('score.explain')}
            </Button>
          ),
        },
      ]}
      summary={summary ? () => summary(leading.length) : undefined}
    />
  );
}
