/**
 * 办理结果 on the tracking page: the outcome, the reasons, and for a refusal or denial the rights
 * text the server stored in Chinese (who decided at which step, the rule, the basis, the remedies);
 * for a granted case how the result was issued (method, date, waybill number).
 */
import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTrackWords, type TrackKey } from './messages';
import { rightsLines, type Progress } from './progress';

export function DecisionCard({ p }: { p: Progress }) {
  const { w } = useTrackWords();
  const d = p.delivery;
  return (
    <Card title={w('track.decision')} data-testid="track-decision">
      <Typography.Title level={4} style={{ marginTop: 0 }} type={p.outcome === 'granted' ? 'success' : p.outcome === 'withdrawn' ? 'secondary' : 'danger'}>
        {w(`track.decision.${p.outcome}` as TrackKey)}
      </Typography.Title>
      {p.reasons && <Typography.Paragraph>{w('track.reasons', { text: p.reasons })}</Typography.Paragraph>}
      {p.rightsNotice && (
        <Alert
          type="info"
          showIcon
          data-testid="track-rights"
          message={w('track.rightsTitle')}
          description={
            <div>
              {rightsLines(p.rightsNotice, p.reasons).map((l) => (
                <Typography.Paragraph key={l.key} style={{ marginBottom: 4 }} data-testid={`track-rights-${l.key}`}>
                  {l.key === 'remedies' ? l.text : w(`track.rights.${l.key}` as TrackKey, { text: l.text })}
                </Typography.Paragraph>
              ))}
            </div>
          }
        />
      )}
      {d && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 12 }}
          title={w('track.delivery')}
          data-testid="track-delivery"
          items={[
            { key: 'method', label: w('track.delivery.method'), children: <span data-testid="track-delivery-method" data-method={d.method}>{w(`track.delivery.${d.method}` as TrackKey)}</span> },
            ...(d.date ? [{ key: 'date', label: w('track.delivery.date'), children: d.date }] : []),
            ...(d.waybillNo ? [{ key: 'waybill', label: w('track.delivery.waybillNo'), children: <span data-testid="track-delivery-waybill">{d.waybillNo}</span> }] : []),
          ]}
        />
      )}
    </Card>
  );
}
