/**
 * 延期与救济告知: the extension limit (art. 42: 10 working days; more only where a special law says
 * so, named in 法律依据) and the applicant's remedies printed on a refusal (不予受理) and a denial
 * (不予许可 / 不予办理). Each remedy text shows the law's default for the matter type
 * (catalog/remedies.ts) until the editor writes the matter's own; 恢复默认 drops the own text.
 * testids basic-extension-maxDays, basic-extension-legalBasis, basic-extension-warning,
 * basic-remedy-<kind>, basic-remedy-<kind>-reset, basic-remedy-<kind>-source.
 */
import { Alert, Button, Col, Form, Row, Space, Tag, Typography } from 'antd';
import { defaultRemedy, type RemedyKind } from '../../../catalog/remedies.js';
import { useI18n } from '../i18n';
import { CommitInput, CommitNumber, CommitTextArea } from './CommitInput';
import { EXTENSION_RANGE, extensionNeedsBasis, LAW_EXTENSION_DAYS, setExtensionBasis, setExtensionDays, setRemedy } from './desk-edits';
import type { SectionProps } from './section-props';

const KINDS: readonly RemedyKind[] = ['refusal', 'denial'];

export function RemedySection({ definition: d, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const needsBasis = extensionNeedsBasis(d);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.extension.maxDays')} extra={t('basic.extension.maxDays.hint', { n: LAW_EXTENSION_DAYS })}>
          <CommitNumber
            data-testid="basic-extension-maxDays"
            value={d.extension?.maxDays}
            placeholder={String(LAW_EXTENSION_DAYS)}
            min={EXTENSION_RANGE[0]}
            max={EXTENSION_RANGE[1]}
            precision={0}
            style={{ width: '100%' }}
            onCommit={(v) => edit((x) => setExtensionDays(x, v))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label={t('basic.extension.legalBasis')} extra={t('basic.extension.legalBasis.hint')} validateStatus={needsBasis ? 'warning' : undefined}>
          <CommitInput
            data-testid="basic-extension-legalBasis"
            value={d.extension?.legalBasis}
            maxLength={300}
            placeholder={t('basic.extension.legalBasis.placeholder')}
            onCommit={(v) => edit((x) => setExtensionBasis(x, v))}
          />
        </Form.Item>
      </Col>
      {needsBasis && (
        <Col span={24} style={{ marginBottom: 16 }}>
          <Alert type="warning" showIcon data-testid="basic-extension-warning" message={t('basic.extension.needsBasis', { n: d.extension?.maxDays ?? 0 })} />
        </Col>
      )}
      {KINDS.map((kind) => {
        const law = defaultRemedy(d.type.code, kind);
        const own = d.remedies?.[kind];
        return (
          <Col span={24} key={kind}>
            <Form.Item
              label={
                <Space>
                  {t(`basic.remedy.${kind}`)}
                  <Tag data-testid={`basic-remedy-${kind}-source`} color={own ? 'blue' : undefined}>
                    {t(own ? 'basic.remedy.own' : 'basic.remedy.default')}
                  </Tag>
                </Space>
              }
              extra={law.basis ? t('basic.remedy.basis', { basis: law.basis }) : undefined}
            >
              <CommitTextArea
                data-testid={`basic-remedy-${kind}`}
                value={own ?? law.text}
                placeholder={law.text}
                maxLength={2000}
                autoSize={{ minRows: 2, maxRows: 6 }}
                onCommit={(v) => edit((x) => setRemedy(x, kind, v))}
              />
              {!readOnly && own && (
                <Button size="small" type="link" style={{ paddingInline: 0 }} data-testid={`basic-remedy-${kind}-reset`} onClick={() => edit((x) => setRemedy(x, kind, ''))}>
                  {t('basic.remedy.reset')}
                </Button>
              )}
              {!own && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('basic.remedy.defaultHint')}
                </Typography.Text>
              )}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}
