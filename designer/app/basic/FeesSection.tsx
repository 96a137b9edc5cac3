/** 收费: charged or not, the fee items (name, amount, unit, basis) and a note. */
import { Col, Form, Row, Switch } from 'antd';
import type { Fees } from '../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { CommitInput, CommitNumber } from './CommitInput';
import { GuideList } from './GuideList';
import { patchFees } from './guide-list-edits';
import type { SectionProps } from './section-props';

type FeeItem = NonNullable<Fees['items']>[number];

export function FeesSection({ definition: d, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const fees = d.fees ?? { charged: false };
  const items = fees.items ?? [];
  /** Replaces the item list through a function of the current one, so queued edits compose. */
  const editItems = (change: (items: FeeItem[]) => FeeItem[]) => edit((x) => patchFees(x, { items: change([...(x.fees?.items ?? [])]) }));
  return (
    <Row gutter={16}>
      <Col xs={24} md={6}>
        <Form.Item label={t('basic.fees.charged')}>
          <Switch
            data-testid="basic-fees-charged"
            checked={fees.charged}
            checkedChildren={t('basic.yes')}
            unCheckedChildren={t('basic.no')}
            onChange={(charged) => edit((x) => patchFees(x, { charged }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item label={t('basic.fees.note')}>
          <CommitInput data-testid="basic-fees-note" value={fees.note} maxLength={1000} onCommit={(note) => edit((x) => patchFees(x, { note }))} />
        </Form.Item>
      </Col>
      {(fees.charged || items.length > 0) && (
        <Col span={24}>
          <Form.Item label={t('basic.fees.items')}>
            <GuideList
              items={items}
              testId="basic-fees-items"
              readOnly={readOnly}
              canAdd={items.length < 20}
              onAdd={() => editItems((list) => [...list, { name: t('basic.fees.item.new'), amount: 0 }])}
              onRemove={(i) => editItems((list) => list.filter((_, k) => k !== i))}
              onMove={(i, delta) => editItems((list) => {
                const to = i + delta;
                if (to < 0 || to >= list.length) return list;
                [list[i], list[to]] = [list[to], list[i]];
                return list;
              })}
              renderItem={(item, i) => {
                const patch = (p: Partial<FeeItem>) => editItems((list) => list.map((it, k) => (k === i ? { ...it, ...p } : it)));
                return (
                  <Row gutter={8}>
                    <Col xs={24} md={8}>
                      <CommitInput data-testid={`basic-fees-item-name-${i}`} value={item.name} placeholder={t('basic.fees.item.name')} maxLength={200} onCommit={(name) => patch({ name })} />
                    </Col>
                    <Col xs={12} md={4}>
                      <CommitNumber data-testid={`basic-fees-item-amount-${i}`} value={item.amount} min={0} placeholder={t('basic.fees.item.amount')} style={{ width: '100%' }} onCommit={(amount) => amount !== null && patch({ amount })} />
                    </Col>
                    <Col xs={12} md={4}>
                      <CommitInput data-testid={`basic-fees-item-unit-${i}`} value={item.unit} placeholder={t('basic.fees.item.unit')} maxLength={50} onCommit={(unit) => patch({ unit })} />
                    </Col>
                    <Col xs={24} md={8}>
                      <CommitInput data-testid={`basic-fees-item-basis-${i}`} value={item.basis} placeholder={t('basic.fees.item.basis')} maxLength={500} onCommit={(basis) => patch({ basis })} />
                    </Col>
                  </Row>
                );
              }}
            />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
