/**
 * One matter in the catalogue's results: name (a link to its guide), department, type and whom it
 * serves, and the four figures applicants compare — promised and statutory time limits, on-site
 * visits, online depth.
 */
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useI18n } from '../i18n';
import type { MatterSummary } from '../portal-api';
import { guidePath } from '../portal-routes';
import { PortalLink } from '../PortalLink';
import { navigate } from '../router';

export function MatterCard({ matter, departmentName }: { matter: MatterSummary; departmentName: string }) {
  const { t } = useI18n();
  const facts: Array<[string, string, string]> = [
    ['promised', t('catalogue.card.promised'), matter.promisedDays === 0 ? t('matter.onTheSpot') : t('matter.days', { n: matter.promisedDays })],
    ['statutory', t('catalogue.card.statutory'), t('matter.days', { n: matter.statutoryDays })],
    ['visits', t('catalogue.card.visits'), t('matter.visits', { n: matter.onSiteVisits })],
    ['depth', t('catalogue.card.depth'), t('matter.depthShort', { n: matter.onlineDepth })],
  ];
  return (
    <Card size="small" data-testid="portal-result" data-code={matter.code} style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8, height: '100%', boxSizing: 'border-box' } }}>
      <PortalLink to={guidePath(matter.code)} testId="portal-open-guide" className="portal-wrap" style={{ fontSize: 16, fontWeight: 600 }}>
        {matter.name}
      </PortalLink>
      <Space size={[4, 4]} wrap>
        <Tag color="red">{matter.type.label}</Tag>
        {matter.serviceObjects.map((o) => (
          <Tag key={o}>{t(`matter.object.${o}`)}</Tag>
        ))}
        <Tag color={matter.handlingType === 'immediate' ? 'green' : 'blue'}>{t(`matter.handling.${matter.handlingType}`)}</Tag>
      </Space>
      <Typography.Text type="secondary" className="portal-wrap" data-testid="result-department">
        {departmentName}
      </Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(72px, 1fr))', gap: 4, background: '#fafafa', borderRadius: 6, padding: '6px 8px' }}>
        {facts.map(([key, label, value]) => (
          <div key={key} data-testid={`result-${key}`} style={{ minWidth: 0 }}>
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>{label}</div>
            <div style={{ fontWeight: 600, color: key === 'promised' ? '#c0392b' : undefined }}>{value}</div>
          </div>
        ))}
      </div>
      <Space style={{ marginTop: 'auto' }} wrap>
        <Button size="small" href={guidePath(matter.code)} onClick={(e) => (e.preventDefault(), navigate(guidePath(matter.code)))}>
          {t('catalogue.card.openGuide')}
        </Button>
        {matter.onlineDepth >= 3 && (
          <Button size="small" type="primary" ghost href={guidePath(matter.code, true)} onClick={(e) => (e.preventDefault(), navigate(guidePath(matter.code, true)))}>
            {t('catalogue.card.apply')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
