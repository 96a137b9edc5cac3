/** 审批结果 (name, kind, delivery) and the search aids 关键词 / 主题. */
import { Checkbox, Col, Form, Row, Select } from 'antd';
import type { MatterResult } from '../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { CommitInput } from './CommitInput';
import { setTags, type GuideTagKey } from './guide-edits';
import { patchResult } from './guide-list-edits';
import type { SectionProps } from './section-props';

const KINDS = ['certificate', 'license', 'approval', 'filing', 'other'] as const;
const DELIVERY = ['window', 'mail', 'electronic'] as const;
type Delivery = NonNullable<MatterResult['delivery']>[number];

export function ResultSection({ definition: d, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const named = d.result !== undefined;
  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Form.Item label={t('basic.result.name')}>
          <CommitInput data-testid="basic-result-name" value={d.result?.name} maxLength={200} onCommit={(name) => edit((x) => patchResult(x, { name }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label={t('basic.result.kind')} help={named ? undefined : t('basic.result.needsName')}>
          <Select
            data-testid="basic-result-kind"
            value={d.result?.kind}
            disabled={readOnly || !named}
            allowClear
            options={KINDS.map((k) => ({ value: k, label: t(`basic.result.kind.${k}`) }))}
            onChange={(kind: MatterResult['kind'] | undefined) => edit((x) => patchResult(x, { kind: kind ?? null }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.result.delivery')}>
          <Checkbox.Group
            data-testid="basic-result-delivery"
            value={d.result?.delivery ?? []}
            disabled={readOnly || !named}
            options={DELIVERY.map((k) => ({ value: k, label: t(`basic.result.delivery.${k}`) }))}
            onChange={(v) => edit((x) => patchResult(x, { delivery: v as Delivery[] }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function SearchSection({ definition: d, edit }: SectionProps) {
  const { t } = useI18n();
  const tags = (key: GuideTagKey) => (
    <Form.Item label={t(`basic.${key}`)} extra={t('basic.tags.hint')}>
      <Select
        data-testid={`basic-${key}`}
        mode="tags"
        open={false}
        suffixIcon={null}
        tokenSeparators={[',', '，', '、']}
        value={d[key] ?? []}
        onChange={(v: string[]) => edit((x) => setTags(x, key, v))}
      />
    </Form.Item>
  );
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>{tags('keywords')}</Col>
      <Col xs={24} md={12}>{tags('themes')}</Col>
    </Row>
  );
}
