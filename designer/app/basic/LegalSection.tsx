/** 设定依据 (law, article, text) and 受理条件 (one text each), as ordered lists. */
import { Col, Form, Row } from 'antd';
import { useI18n } from '../i18n';
import { CommitInput, CommitTextArea } from './CommitInput';
import { GuideList } from './GuideList';
import { addItem, moveItem, patchItem, removeItem } from './guide-list-edits';
import type { SectionProps } from './section-props';

export function LegalSection({ definition: d, readOnly, edit }: SectionProps) {
  const { t } = useI18n();
  const bases = d.legalBasis ?? [];
  const conditions = d.acceptanceConditions ?? [];
  return (
    <>
      <Form.Item label={t('basic.legalBasis')}>
        <GuideList
          items={bases}
          testId="basic-legalBasis"
          readOnly={readOnly}
          canAdd={bases.length < 50}
          onAdd={() => edit((x) => addItem(x, 'legalBasis', { title: t('basic.legalBasis.new') }))}
          onRemove={(i) => edit((x) => removeItem(x, 'legalBasis', i))}
          onMove={(i, delta) => edit((x) => moveItem(x, 'legalBasis', i, delta))}
          renderItem={(b, i) => {
            const patch = (p: Partial<typeof b>) => edit((x) => patchItem(x, 'legalBasis', i, { ...x.legalBasis![i], ...p }));
            return (
              <Row gutter={8}>
                <Col xs={24} md={16}>
                  <CommitInput data-testid={`basic-legalBasis-title-${i}`} value={b.title} placeholder={t('basic.legalBasis.title')} maxLength={200} onCommit={(v) => patch({ title: v })} />
                </Col>
                <Col xs={24} md={8}>
                  <CommitInput data-testid={`basic-legalBasis-article-${i}`} value={b.article} placeholder={t('basic.legalBasis.article')} maxLength={100} onCommit={(v) => patch({ article: v })} />
                </Col>
                <Col span={24} style={{ marginTop: 4 }}>
                  <CommitTextArea data-testid={`basic-legalBasis-text-${i}`} value={b.text} placeholder={t('basic.legalBasis.text')} maxLength={5000} autoSize={{ minRows: 1, maxRows: 4 }} onCommit={(v) => patch({ text: v })} />
                </Col>
              </Row>
            );
          }}
        />
      </Form.Item>
      <Form.Item label={t('basic.acceptanceConditions')}>
        <GuideList
          items={conditions}
          testId="basic-acceptanceConditions"
          readOnly={readOnly}
          canAdd={conditions.length < 50}
          onAdd={() => edit((x) => addItem(x, 'acceptanceConditions', t('basic.acceptanceConditions.new')))}
          onRemove={(i) => edit((x) => removeItem(x, 'acceptanceConditions', i))}
          onMove={(i, delta) => edit((x) => moveItem(x, 'acceptanceConditions', i, delta))}
          renderItem={(c, i) => (
            <CommitTextArea data-testid={`basic-acceptanceConditions-${i}`} value={c} maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} onCommit={(v) => edit((x) => patchItem(x, 'acceptanceConditions', i, v))} />
          )}
        />
      </Form.Item>
    </>
  );
}
