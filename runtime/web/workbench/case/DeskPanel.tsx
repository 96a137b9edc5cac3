/**
 * Where the case came in and goes out (一窗受理 · 统一出件): how it was received and by whom at which
 * window, who accepted it where, the acceptance deadline, the extension (requested, pending,
 * approved or refused by the leader) and how the result was delivered.
 */
import { Card, Descriptions, Tag } from 'antd';
import type { Department, DeskRef } from '../../../../schemas/types.generated.js';
import { formatChinaDateTime } from '../../shared/china-time';
import type { StaffCase } from '../api';
import { DueDate } from '../DueDate';
import { useT, type T } from '../i18n';
import { nameOf } from './staff-names';

const REQUEST_COLOR = { pending: 'gold', approved: 'green', refused: 'red' } as const;

export function deskWords(ref: DeskRef, departments: readonly Department[], names: Readonly<Record<string, string>> = {}): string {
  const dept = departments.find((d) => d.id === ref.departmentId);
  const window = dept?.windows?.find((w) => w.id === ref.windowId);
  return [dept?.name ?? ref.departmentId, window?.name, nameOf(names, ref.username)].filter(Boolean).join(' · ');
}

function deliveryWords(t: T, d: NonNullable<StaffCase['delivery']>): string {
  const parts = [t(`delivery.method.${d.method}`)];
  if (d.recipient) parts.push(t('delivery.recipientIs', { v: d.recipient }));
  if (d.date) parts.push(t('delivery.dateIs', { v: d.date }));
  if (d.address) parts.push(t('delivery.addressIs', { v: d.address }));
  if (d.waybillNo) parts.push(t('delivery.waybillIs', { v: d.waybillNo }));
  if (d.email) parts.push(d.email);
  return parts.join('，');
}

export function DeskPanel({ c, departments, names }: { c: StaffCase; departments: readonly Department[]; names: Readonly<Record<string, string>> }) {
  const t = useT();
  const r = c.extensionRequest;
  const items = [
    { key: 'channel', label: t('desk.channel'), children: t(`desk.channel.${c.intake?.channel ?? 'online'}`) },
    ...(c.intake?.receivedBy ? [{ key: 'receivedBy', label: t('desk.receivedBy'), children: <span data-testid="desk-received-by">{deskWords(c.intake.receivedBy, departments, names)} · {formatChinaDateTime(c.intake.receivedBy.at)}</span> }] : []),
    ...(c.acceptDueDate ? [{ key: 'acceptDue', label: t('case.acceptDue'), children: <DueDate date={c.acceptDueDate} /> }] : []),
    ...(c.acceptedBy ? [{ key: 'acceptedBy', label: t('desk.acceptedBy'), children: <span data-testid="desk-accepted-by">{deskWords(c.acceptedBy, departments, names)} · {formatChinaDateTime(c.acceptedBy.at)}</span> }] : []),
    ...(r
      ? [
          {
            key: 'extension',
            label: t('extension.title'),
            children: (
              <span data-testid="extension-state" data-status={r.status}>
                <Tag color={REQUEST_COLOR[r.status]}>{t(`extension.status.${r.status}`)}</Tag>
                {t('extension.requestLine', { days: r.days, by: nameOf(names, r.requestedBy), at: formatChinaDateTime(r.requestedAt), reason: r.reason })}
                {r.decidedBy && ` ${t('extension.decidedLine', { by: nameOf(names, r.decidedBy), at: r.decidedAt ? formatChinaDateTime(r.decidedAt) : '' })}`}
                {r.comment && ` ${t('extension.commentLine', { text: r.comment })}`}
              </span>
            ),
          },
        ]
      : []),
    ...(c.extension ? [{ key: 'extended', label: t('extension.granted'), children: <span data-testid="extension-granted">{t('extension.grantedLine', { days: c.extension.days, by: nameOf(names, c.extension.approvedBy) })}{c.extension.legalBasis ? ` · ${c.extension.legalBasis}` : ''}</span> }] : []),
    ...(c.delivery ? [{ key: 'delivery', label: t('delivery.title'), children: <span data-testid="case-delivery" data-method={c.delivery.method}>{deliveryWords(t, c.delivery)} · {nameOf(names, c.delivery.by)} · {formatChinaDateTime(c.delivery.at)}</span> }] : []),
  ];
  return (
    <Card title={t('desk.title')} size="small" data-testid="case-desk">
      <Descriptions size="small" column={1} bordered items={items} styles={{ label: { whiteSpace: 'nowrap', width: 96 } }} />
    </Card>
  );
}
