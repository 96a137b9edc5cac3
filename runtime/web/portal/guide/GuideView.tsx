/**
 * Every element of a service guide, laid out for a desktop (content with a side column of where to
 * go and whom to call) and a phone (one column): title and key figures with 在线办理, basic
 * information, scope and conditions, materials per situation, the flow, fees, windows, contacts
 * and legal basis.
 */
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MatterVersion } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { guidePath } from '../portal-routes';
import { PortalLink } from '../PortalLink';
import { navigate } from '../router';
import { useDepartments } from '../useDepartments';
import { GuideBasics, GuideContacts, GuideFees } from './GuideFacts';
import { GuideFlow } from './GuideFlow';
import { GuideLegalBasis } from './GuideLegalBasis';
import { GuideMaterials } from './GuideMaterials';
import { GuideWindows } from './GuideWindows';

export function GuideView({ matter }: { matter: MatterVersion }) {
  const { t } = useI18n();
  const def = matter.definition;
  const depts = useDepartments();
  const figures: Array<[string, string, string]> = [
    ['promised', t('guide.field.promisedDays'), def.promisedDays === 0 ? t('matter.onTheSpot') : t('matter.days', { n: def.promisedDays })],
    ['statutory', t('guide.field.statutoryDays'), t('matter.days', { n: def.statutoryDays })],
    ['visits', t('guide.field.visits'), t('matter.visits', { n: def.onSiteVisits })],
    ['depth', t('guide.field.depth'), t('matter.depthShort', { n: def.onlineDepth })],
  ];
  return (
    <div data-testid="guide" data-code={def.code}>
      <div style={{ marginBottom: 8 }}>
        <PortalLink to="/" testId="guide-back">
          ‹ {t('guide.back')}
        </PortalLink>
      </div>
      <Card style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 8, fontSize: 24 }} data-testid="guide-title">
          {def.name}
        </Typography.Title>
        <Space size={[4, 4]} wrap style={{ marginBottom: 12 }}>
          <Tag color="red">{def.type.label}</Tag>
          {def.serviceObjects.map((o) => (
            <Tag key={o}>{t(`matter.object.${o}`)}</Tag>
          ))}
          <Tag color={def.handlingType === 'immediate' ? 'green' : 'blue'}>{t(`matter.handling.${def.handlingType}`)}</Tag>
          <Typography.Text type="secondary" className="portal-wrap">
            {depts.nameOf(def.departmentId)} · {def.code}
          </Typography.Text>
        </Space>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={16}>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: 8 }}>
              {figures.map(([key, label, value]) => (
                <div key={key} data-testid={`guide-figure-${key}`} style={{ background: '#fafafa', borderRadius: 6, padding: '8px 10px' }}>
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{label}</div>
                  <div style={{ fontSize: 18, fontWeight: 600, color: key === 'promised' ? '#c0392b' : undefined }}>{value}</div>
                </div>
              ))}
            </div>
          </Col>
          <Col xs={24} md={8} style={{ textAlign: 'center' }}>
            {def.onlineDepth >= 3 && (
              <>
                <Button
                  type="primary"
                  size="large"
                  block
                  style={{ height: 52, fontSize: 20 }}
                  href={guidePath(def.code, true)}
                  onClick={(e) => (e.preventDefault(), navigate(guidePath(def.code, true)))}
                  data-testid="portal-apply"
                >
                  {t('guide.apply')}
                </Button>
                {def.onlineDepth === 4 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('guide.applyHint')}
                  </Typography.Text>
                )}
              </>
            )}
          </Col>
        </Row>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={17} style={{ minWidth: 0 }}>
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Section title={t('guide.section.basic')} testId="guide-basic">
              <GuideBasics matter={matter} departmentName={depts.nameOf(def.departmentId)} />
            </Section>
            {(def.scope || (def.acceptanceConditions?.length ?? 0) > 0) && (
              <Section title={t('guide.section.scopeAndConditions')} testId="guide-conditions">
                {def.scope && (
                  <>
                    <Typography.Title level={5} style={{ marginTop: 0 }}>
                      {t('guide.section.scope')}
                    </Typography.Title>
                    <Typography.Paragraph className="portal-wrap">{def.scope}</Typography.Paragraph>
                  </>
                )}
                {(def.acceptanceConditions?.length ?? 0) > 0 && (
                  <>
                    <Typography.Title level={5}>{t('guide.section.conditions')}</Typography.Title>
                    <ol style={{ paddingLeft: 20, margin: 0 }} className="portal-wrap">
                      {def.acceptanceConditions!.map((c, i) => (
                        <li key={i} style={{ marginBottom: 4 }}>
                          {c}
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </Section>
            )}
            <Section title={t('guide.section.materials')} testId="guide-materials">
              <GuideMaterials def={def} />
            </Section>
            <Section title={t('guide.section.flow')} testId="guide-flow">
              <GuideFlow def={def} departmentName={depts.nameOf} />
            </Section>
            <Section title={t('guide.section.fees')} testId="guide-fees">
              <GuideFees fees={def.fees} />
            </Section>
            {(def.legalBasis?.length ?? 0) > 0 && (
              <Section title={t('guide.section.legalBasis')} testId="guide-legal-basis">
                <GuideLegalBasis basis={def.legalBasis!} />
              </Section>
            )}
          </Space>
        </Col>
        <Col xs={24} lg={7} style={{ minWidth: 0 }}>
          <div style={{ position: 'sticky', top: 12 }}>
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Section title={t('guide.section.windows')} testId="guide-windows">
                <GuideWindows windows={def.windows ?? []} />
              </Section>
              <Section title={t('guide.section.contact')} testId="guide-contacts">
                <GuideContacts def={def} />
              </Section>
            </Space>
          </div>
        </Col>
      </Row>
    </div>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" data-testid={testId} styles={{ header: { fontSize: 16 } }}>
      {children}
    </Card>
  );
}
