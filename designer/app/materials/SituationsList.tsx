/**
 * 办理情形: the situations of the matter as an editable list (name, description), added at the
 * end, renamed on blur, deleted at once (the draft is not saved until 保存).
 * testids: `situation-add`, `situation-name-<i>`, `situation-description-<i>`, `situation-delete-<i>`.
 */
import { Button, Col, Row, Typography } from 'antd';
import { CommitInput } from '../basic/CommitInput';
import type { EditorTabProps } from '../editor-tab';
import { useI18n } from '../i18n';
import { addSituation, describeSituation, removeSituation, renameSituation } from './situation-edits';

type Props = Pick<EditorTabProps, 'definition' | 'readOnly' | 'onChange'>;

export function SituationsList({ definition, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const situations = definition.situations;
  return (
    <div data-testid="situations">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('materials.situations.hint')}</Typography.Paragraph>
      {situations.length === 0 && <Typography.Paragraph type="secondary">{t('materials.situations.empty')}</Typography.Paragraph>}
      {situations.map((s, i) => (
        <Row gutter={8} key={s.id} style={{ marginBottom: 8 }} align="middle">
          <Col flex="none"><Typography.Text type="secondary">{i + 1}.</Typography.Text></Col>
          <Col flex="240px">
            {readOnly
              ? <Typography.Text strong data-testid={`situation-name-${i}`}>{s.name}</Typography.Text>
              : <CommitInput data-testid={`situation-name-${i}`} value={s.name} maxLength={200} placeholder={t('materials.situations.name')} onCommit={(v) => onChange((d) => renameSituation(d, s.id, v))} />}
          </Col>
          <Col flex="auto">
            {readOnly
              ? <Typography.Text type="secondary">{s.description}</Typography.Text>
              : <CommitInput data-testid={`situation-description-${i}`} value={s.description} maxLength={1000} placeholder={t('materials.situations.description')} onCommit={(v) => onChange((d) => describeSituation(d, s.id, v))} />}
          </Col>
          {!readOnly && (
            <Col flex="none">
              <Button danger onClick={() => onChange((d) => removeSituation(d, s.id))} data-testid={`situation-delete-${i}`} aria-label={t('materials.situations.delete')} title={t('materials.situations.delete')}>
                ✕
              </Button>
            </Col>
          )}
        </Row>
      ))}
      {!readOnly && (
        <Button type="dashed" disabled={situations.length >= 50} onClick={() => onChange((d) => addSituation(d, t('materials.situations.new')))} data-testid="situation-add">
          + {t('materials.situations.add')}
        </Button>
      )}
    </div>
  );
}
