/** 办理窗口 (name, address, hours, phone), 咨询电话 and 监督投诉电话. */
import { Col, Form, Row } from 'antd';
import type { GuideWindow } from '../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { CommitInput } from './CommitInput';
import { GuideList } from './GuideList';
import { setText } from './guide-edits';
import { addItem, moveItem, patchItem, removeItem } from './guide-list-edits';
import type { SectionProps } from './section-props';

const WINDOW_FIELDS = [
  ['name', 6, 200],
  ['address', 8, 300],
  ['hours', 6, 200],
  ['phone', 4, 50],
] as const;

export function PlaceSection({ definition: d, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const windows = d.windows ?? [];
  return (
    <>
      <Form.Item label={t('basic.windows')}>
        <GuideList
          items={windows}
          testId="basic-windows"
          readOnly={readOnly}
          canAdd={windows.length < 20}
          onAdd={() => edit((x) => addItem(x, 'windows', { name: t('basic.window.new') }))}
          onRemove={(i) => edit((x) => removeItem(x, 'windows', i))}
          onMove={(i, delta) => edit((x) => moveItem(x, 'windows', i, delta))}
          renderItem={(w, i) => (
            <Row gutter={8}>
              {WINDOW_FIELDS.map(([key, span, max]) => (
                <Col xs={24} md={span} key={key}>
                  <CommitInput
                    data-testid={`basic-windows-${key}-${i}`}
                    value={w[key]}
                    placeholder={t(`basic.window.${key}`)}
                    maxLength={max}
                    onCommit={(v) => edit((x) => patchItem(x, 'windows', i, { ...x.windows![i], [key]: v } as GuideWindow))}
                  />
                </Col>
              ))}
            </Row>
          )}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('basic.consultPhone')}>
            <CommitInput data-testid="basic-consultPhone" value={d.consultPhone} maxLength={50} onCommit={(v) => edit((x) => setText(x, 'consultPhone', v))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('basic.complaintPhone')}>
            <CommitInput data-testid="basic-complaintPhone" value={d.complaintPhone} maxLength={50} onCommit={(v) => edit((x) => setText(x, 'complaintPhone', v))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
