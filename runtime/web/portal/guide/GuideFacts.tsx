/** The guide's fact sheets: basic information, fees, and the enquiry and complaint phones. */
import { Descriptions, Table, Typography } from 'antd';
import type { Fees, MatterDefinition, MatterVersion } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';

export function GuideBasics({ matter, departmentName }: { matter: MatterVersion; departmentName: string }) {
  const { t } = useI18n();
  const def = matter.definition;
  const items: Array<{ key: string; label: string; children: string }> = [
    { key: 'code', label: t('guide.field.code'), children: def.code },
    { key: 'type', label: t('guide.field.type'), children: def.type.label },
    { key: 'department', label: t('guide.field.department'), children: departmentName },
    ...(def.implementingBody ? [{ key: 'implementingBody', label: t('guide.field.implementingBody'), children: def.implementingBody }] : []),
    ...(def.exerciseLevel ? [{ key: 'exerciseLevel', label: t('guide.field.exerciseLevel'), children: t(`guide.level.${def.exerciseLevel}`) }] : []),
    { key: 'serviceObjects', label: t('guide.field.serviceObjects'), children: def.serviceObjects.map((o) => t(`matter.object.${o}`)).join('、') },
    { key: 'handlingType', label: t('guide.field.handlingType'), children: t(`matter.handling.${def.handlingType}`) },
    { key: 'statutoryDays', label: t('guide.field.statutoryDays'), children: t('matter.days', { n: def.statutoryDays }) },
    { key: 'promisedDays', label: t('guide.field.promisedDays'), children: def.promisedDays === 0 ? t('matter.onTheSpot') : t('matter.days', { n: def.promisedDays }) },
    { key: 'fees', label: t('guide.field.fees'), children: def.fees?.charged ? t('guide.fees.charged') : t('guide.fees.free') },
    { key: 'visits', label: t('guide.field.visits'), children: t('matter.visits', { n: def.onSiteVisits }) },
    { key: 'depth', label: t('guide.field.depth'), children: t(`matter.depth.${Math.min(4, Math.max(1, def.onlineDepth))}` as 'matter.depth.1') },
    ...(def.result
      ? [
          { key: 'result', label: t('guide.field.result'), children: def.result.kind ? `${def.result.name}（${t(`guide.resultKind.${def.result.kind}`)}）` : def.result.name },
          ...(def.result.delivery?.length ? [{ key: 'delivery', label: t('guide.field.delivery'), children: def.result.delivery.map((d) => t(`guide.delivery.${d}`)).join('、') }] : []),
        ]
      : []),
    { key: 'version', label: t('guide.field.version'), children: `v${matter.version}${matter.publishedAt ? ` · ${matter.publishedAt.slice(0, 10)}` : ''}` },
  ];
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      items={items.map((i) => ({ ...i, children: <span className="portal-wrap" data-testid={`guide-field-${i.key}`}>{i.children}</span> }))}
      styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
    />
  );
}

export function GuideFees({ fees }: { fees: Fees | undefined }) {
  const { t } = useI18n();
  if (!fees?.charged || !fees.items?.length)
    return (
      <Typography.Text data-testid="guide-fees-text">
        {fees?.charged ? t('guide.fees.charged') : t('guide.fees.free')}
        {fees?.note && fees.note !== t('guide.fees.free') ? `（${fees.note}）` : ''}
      </Typography.Text>
    );
  return (
    <>
      <ul style={{ paddingLeft: 20, margin: 0 }} className="portal-wrap">
        {fees.items.map((f, i) => (
          <li key={i}>
            {t('guide.fees.item', { name: f.name, amount: f.amount, unit: f.unit ? ` / ${f.unit}` : '' })}
            {f.basis && <Typography.Text type="secondary"> · {f.basis}</Typography.Text>}
          </li>
        ))}
      </ul>
      {fees.note && <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{fees.note}</Typography.Paragraph>}
    </>
  );
}

export function GuideContacts({ def }: { def: MatterDefinition }) {
  const { t } = useI18n();
  const rows = [
    ['consult', t('guide.field.consultPhone'), def.consultPhone],
    ['complaint', t('guide.field.complaintPhone'), def.complaintPhone],
  ].filter((r): r is [string, string, string] => r[2] !== undefined);
  return (
    <Table
      size="small"
      showHeader={false}
      pagination={false}
      rowKey={(r) => r[0]}
      dataSource={rows}
      columns={[
        { key: 'label', render: (_, r) => <Typography.Text type="secondary">{r[1]}</Typography.Text> },
        { key: 'phone', render: (_, r) => <a href={`tel:${r[2].replace(/[^\d+]/g, '')}`} data-testid={`guide-phone-${r[0]}`}>{r[2]}</a> },
      ]}
    />
  );
}
