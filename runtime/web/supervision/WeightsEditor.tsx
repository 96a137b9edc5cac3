/** The score's weights: editable and saved by the admin, shown read-only to supervisors. */
import { Alert, App, Button, Card, Col, InputNumber, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../shared/http';
import { useI18n, type MessageKey } from './i18n';
import { INDICATORS, saveWeights, type StoredWeights, type Weights } from './supervision-api';
import { formatChinaDateTime } from '../shared/china-time';

export interface WeightsEditorProps {
  stored: StoredWeights;
  canEdit: boolean;
  onSaved(next: StoredWeights): void;
}

export function WeightsEditor({ stored, canEdit, onSaved }: WeightsEditorProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Weights>(stored.weights);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => setDraft(stored.weights), [stored]);

  const sum = INDICATORS.reduce((n, i) => n + (draft[i] ?? 0), 0);
  const changed = INDICATORS.some((i) => draft[i] !== stored.weights[i]);
  const save = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const next = await saveWeights(draft);
      onSaved(next);
      void message.success(t('weights.saved'));
    } catch (e) {
      setProblems(e instanceof ApiError && e.details.length > 0 ? e.details.map((d) => `${d.path ?? ''} ${d.message}`) : [String((e as Error).message)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('weights.title')}
      data-testid="sup-weights"
      extra={
        canEdit && (
          <Button type="primary" onClick={() => void save()} loading={busy} disabled={!changed || sum <= 0} data-testid="sup-weights-save">
            {t('weights.save')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {canEdit ? t('weights.help') : t('weights.readOnly')}{' '}
        {stored.updatedAt ? t('weights.updated', { at: formatChinaDateTime(stored.updatedAt), by: stored.updatedBy ?? '' }) : t('weights.defaults')}
      </Typography.Paragraph>
      <Row gutter={[16, 12]}>
        {INDICATORS.map((i) => (
          <Col key={i} xs={24} sm={12} lg={6}>
            <label style={{ display: 'block', marginBottom: 4 }} htmlFor={`weight-${i}`}>
              {t(`indicator.${i}` as MessageKey)}
            </label>
            <InputNumber
              id={`weight-${i}`}
              data-testid={`sup-weight-${i}`}
              min={0}
              max={1000}
              step={5}
              style={{ width: 120 }}
              disabled={!canEdit}
              value={draft[i]}
              onChange={(v) => setDraft((d) => ({ ...d, [i]: typeof v === 'number' ? v : 0 }))}
            />
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {sum > 0 ? `${((100 * (draft[i] ?? 0)) / sum).toFixed(0)}%` : '—'}
            </Typography.Text>
          </Col>
        ))}
      </Row>
      {sum <= 0 && <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('weights.sumZero')} />}
      {problems.length > 0 && <Alert style={{ marginTop: 12 }} type="error" showIcon data-testid="sup-weights-error" message={problems.join('; ')} />}
    </Card>
  );
}
