/** Step 1: the 情形 that decides which materials apply, as large tappable choices. */
import { Card, Radio, Space, Typography } from 'antd';
import type { Situation } from '../../../../schemas/types.generated';
import { useApplyWords } from './messages';

export function SituationStep({ situations, value, onChange }: { situations: Situation[]; value: string | undefined; onChange(id: string): void }) {
  const { w } = useApplyWords();
  return (
    <div role="radiogroup" aria-label={w('apply.step.situation')}>
      <Typography.Paragraph type="secondary">{w('apply.situation.hint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {situations.map((s) => (
          <Card
            key={s.id}
            size="small"
            hoverable
            role="radio"
            aria-checked={value === s.id}
            tabIndex={0}
            onClick={() => onChange(s.id)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onChange(s.id)}
            data-testid={`apply-situation-${s.id}`}
            style={{ borderColor: value === s.id ? '#c0392b' : undefined, cursor: 'pointer' }}
          >
            <Radio checked={value === s.id} tabIndex={-1}>
              <Typography.Text strong>{s.name}</Typography.Text>
            </Radio>
            {s.description && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px' }}>{s.description}</Typography.Paragraph>}
          </Card>
        ))}
      </Space>
    </div>
  );
}
