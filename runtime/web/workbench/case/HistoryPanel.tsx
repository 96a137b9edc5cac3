/**
 * What happened to the case: its history (one line per action: who, at which step, with the
 * comment or reasons) as a timeline, and the hash-chained audit events behind it, folded.
 */
import { Card, Collapse, Table, Timeline, Typography } from 'antd';
import type { AuditEvent, FlowDefinition } from '../../../../schemas/types.generated.js';
import type { HistoryLine } from '../api';
import { useT, type T } from '../i18n';
import { formatChinaDateTime } from '../../shared/china-time';
import { DICTIONARIES } from '../i18n';
import { auditKey } from './audit-words';

const known = (key: string) => key in DICTIONARIES['zh-CN'];

const COLOR: Record<string, string> = { refuse: 'red', deny: 'red', return: 'orange', request_supplement: 'orange', request_extension: 'orange', suspend: 'gray', withdraw: 'gray' };

function when(at: string): string {
  return formatChinaDateTime(at);
}

/** The words of a history line's detail: its comment or reasons, with the procedure, the days or the step returned to. */
function detailText(t: T, action: string, d: Record<string, unknown>, step: (id?: string) => string | undefined): string | undefined {
  let said: string | undefined;
  for (const key of ['comment', 'reasons', 'reason']) if (typeof d[key] === 'string' && d[key]) said = d[key] as string;
  const facts: string[] = [];
  if (action === 'suspend' && typeof d.kind === 'string') facts.push(t(`suspend.${d.kind}`));
  if (action === 'suspend' && typeof d.expectedDays === 'number') facts.push(t('history.expectedDays', { n: d.expectedDays }));
  if ((action === 'extend' || action === 'request_extension') && typeof d.days === 'number') facts.push(t('history.extendDays', { n: d.days }));
  if (action === 'decide_extension' && typeof d.approve === 'boolean') facts.push(t(d.approve ? 'history.extensionApproved' : 'history.extensionRefused'));
  // The engine records the method only (the details are on the case's delivery).
  if (action === 'deliver' && typeof d.method === 'string') facts.push(t(`delivery.method.${d.method}`));
  if (action === 'return' && typeof d.toNodeId === 'string') facts.push(t('history.returnTo', { step: step(d.toNodeId) ?? d.toNodeId }));
  const text = [facts.join('，'), said].filter(Boolean).join('：');
  return text || undefined;
}

export function HistoryPanel({ history, audit, flow, staffNames }: { history: HistoryLine[]; audit: AuditEvent[]; flow: FlowDefinition; staffNames?: Record<string, string> }) {
  const t = useT();
  const step = (id?: string) => (id ? flow.nodes.find((n) => n.id === id)?.name : undefined);
  const who = (a: HistoryLine['actor']) => (a.kind === 'applicant' ? t('history.applicant') : a.kind === 'system' ? t('history.system') : (staffNames?.[a.username ?? ''] ?? a.displayName ?? a.username ?? '—'));
  return (
    <Card title={t('history.title')} size="small" data-testid="case-history">
      <Timeline
        items={history.map((h, i) => ({
          key: i,
          color: COLOR[h.action] ?? 'green',
          children: (
            <div data-testid="case-history-line" data-action={h.action}>
              <Typography.Text strong>{t(`history.${h.action}`)}</Typography.Text>
              {step(h.nodeId) && <Typography.Text type="secondary"> · {step(h.nodeId)}</Typography.Text>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {when(h.at)} · {who(h.actor)}
                </Typography.Text>
              </div>
              {detailText(t, h.action, h.detail, step) && <Typography.Paragraph style={{ marginBottom: 0 }}>{detailText(t, h.action, h.detail, step)}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
      <Collapse
        size="small"
        items={[
          {
            key: 'audit',
            label: t('history.audit', { n: audit.length }),
            children: (
              <Table<AuditEvent>
                size="small"
                rowKey="seq"
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                dataSource={audit}
                data-testid="case-audit"
                columns={[
                  { title: '#', dataIndex: 'seq', width: 60 },
                  { title: t('history.col.at'), key: 'at', render: (_: unknown, e) => when(e.at) },
                  { title: t('history.col.actor'), key: 'actor', render: (_: unknown, e) => (e.actor.kind === 'account' ? e.actor.username : t(`history.${e.actor.kind}`)) },
                  { title: t('history.col.event'), key: 'event', render: (_: unknown, e) => <span title={e.action}>{t(auditKey(e.action, known))}</span> },
                  { title: t('history.col.hash'), key: 'hash', render: (_: unknown, e) => <Typography.Text code>{e.hash.slice(0, 12)}</Typography.Text> },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
