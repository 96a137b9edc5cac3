/**
 * 办件类型, 法定 / 承诺办结时限, 到现场次数, 网办深度, with the inline warnings of an unlawful
 * promise (above the statute) and of an immediate matter that promises days.
 */
import { Alert, Col, Form, Radio, Row, Select } from 'antd';
import { useI18n } from '../i18n';
import { CommitNumber } from './CommitInput';
import { guideWarnings, setHandlingType, setNumber } from './guide-edits';
import type { SectionProps } from './section-props';

export function TimeSection({ definition: d, edit }: SectionProps) {
  const { t } = useI18n();
  const warnings = guideWarnings(d);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.handlingType')} required>
          <Radio.Group
            data-testid="basic-handlingType"
            value={d.handlingType}
            optionType="button"
            options={(['promised', 'immediate'] as const).map((h) => ({ value: h, label: t(`basic.handling.${h}`) }))}
            onChange={(e) => edit((x) => setHandlingType(x, e.target.value))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item label={t('basic.statutoryDays')} required>
          <CommitNumber data-testid="basic-statutoryDays" value={d.statutoryDays} min={0} max={3650} precision={0} style={{ width: '100%' }} onCommit={(v) => edit((x) => setNumber(x, 'statutoryDays', v))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item label={t('basic.promisedDays')} required validateStatus={warnings.promiseExceedsStatute ? 'error' : warnings.immediateWithDays ? 'warning' : undefined}>
          <CommitNumber data-testid="basic-promisedDays" value={d.promisedDays} min={0} max={3650} precision={0} style={{ width: '100%' }} onCommit={(v) => edit((x) => setNumber(x, 'promisedDays', v))} />
        </Form.Item>
      </Col>
      {(warnings.promiseExceedsStatute || warnings.immediateWithDays) && (
        <Col span={24} style={{ marginBottom: 16 }}>
          {warnings.promiseExceedsStatute && (
            <Alert type="error" showIcon data-testid="basic-promise-warning" message={t('basic.warn.promise', { promised: d.promisedDays, statutory: d.statutoryDays })} />
          )}
          {warnings.immediateWithDays && <Alert type="warning" showIcon data-testid="basic-immediate-warning" message={t('basic.warn.immediate')} style={{ marginTop: 8 }} />}
        </Col>
      )}
      <Col xs={12} md={8}>
        <Form.Item label={t('basic.onSiteVisits')} required>
          <CommitNumber data-testid="basic-onSiteVisits" value={d.onSiteVisits} min={0} max={10} precision={0} style={{ width: '100%' }} onCommit={(v) => edit((x) => setNumber(x, 'onSiteVisits', v))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={t('basic.onlineDepth')} required>
          <Select
            data-testid="basic-onlineDepth"
            value={d.onlineDepth}
            options={([1, 2, 3, 4] as const).map((n) => ({ value: n, label: t(`basic.depth.${n}`) }))}
            onChange={(n: number) => edit((x) => setNumber(x, 'onlineDepth', n))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
