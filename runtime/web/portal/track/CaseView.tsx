/**
 * One case as its applicant sees it: status, the acceptance deadline while it waits for 受理, the
 * due date (预计 when provisional), what to supply, the decision with its rights text and the
 * delivery, the timeline, rating, withdrawal.
 */
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Material } from '../../../../schemas/types.generated';
import { fetchLiveMatter, fetchMatterVersion } from '../apply/portal-api';
import { href, navigate } from '../router';
import { CaseTimeline } from './CaseTimeline';
import { DecisionCard } from './DecisionCard';
import { TrackDueDate } from './TrackDueDate';
import { useTrackWords, type TrackKey } from './messages';
import { awaitsAcceptance, canRate, canWithdraw, isConcluded, toSupply, type Progress } from './progress';
import { RatingPanel } from './RatingPanel';
import { SupplementPanel } from './SupplementPanel';
import { WithdrawButton } from './WithdrawButton';
import { formatChinaDateTime } from '../../shared/china-time';

const STATUS_COLOR: Record<string, string> = {
  submitted: 'blue',
  supplement_requested: 'orange',
  in_progress: 'processing',
  suspended: 'gold',
  granted: 'green',
  denied: 'red',
  refused: 'red',
  withdrawn: 'default',
};

interface Props {
  progress: Progress;
  queryCode: string;
  /** A new view from an action's answer, or undefined to reload. */
  onChanged(p?: Progress): void;
}

export function CaseView({ progress: p, queryCode, onChanged }: Props) {
  const { w } = useTrackWords();
  const [materials, setMaterials] = useState<Map<string, Material>>(new Map());
  useEffect(() => {
    let live = true;
    // Names and file types of the materials of the version the case runs on (live for an older server).
    (p.matterVersion === undefined ? fetchLiveMatter(p.matterCode) : fetchMatterVersion(p.matterCode, p.matterVersion)).then(
      (v) => live && setMaterials(new Map(v.definition.materials.map((m) => [m.id, m]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [p.matterCode, p.matterVersion]);

  const supply = toSupply(p);
  const complaintPath = `/complaint?caseNo=${encodeURIComponent(p.caseNo)}&queryCode=${encodeURIComponent(queryCode)}`;
  return (
    <Flex vertical gap={16} data-testid="track-case">
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" items={[
          { key: 'caseNo', label: w('track.caseNo'), children: <Typography.Text strong data-testid="track-shown-case-no">{p.caseNo}</Typography.Text> },
          { key: 'matter', label: w('track.matter'), children: p.matterName },
          { key: 'status', label: w('track.status'), children: <Tag color={STATUS_COLOR[p.status]} data-testid="track-status" data-status={p.status}>{w(`track.status.${p.status}` as TrackKey)}</Tag> },
          { key: 'received', label: w('track.received'), children: formatChinaDateTime(p.receivedAt) },
          ...(p.acceptDueDate && awaitsAcceptance(p) ? [{ key: 'acceptDue', label: w('track.acceptDue'), children: <span data-testid="track-accept-due"><TrackDueDate date={p.acceptDueDate} /></span> }] : []),
          ...(p.dueDate ? [{ key: 'due', label: w('track.due'), children: <span data-testid="track-due"><TrackDueDate date={p.dueDate} provisional={p.dueDateProvisional} /></span> }] : []),
          ...(p.concludedAt ? [{ key: 'concluded', label: w('track.concluded'), children: formatChinaDateTime(p.concludedAt) }] : []),
        ]} />
        {p.deemedAcceptanceNote && <Alert type="info" showIcon message={w('track.deemed')} description={p.deemedAcceptanceNote} style={{ marginTop: 12 }} />}
      </Card>

      {supply.length > 0 && <SupplementPanel progress={p} items={supply} materials={materials} queryCode={queryCode} onSupplied={onChanged} />}

      {isConcluded(p) && p.outcome && <DecisionCard p={p} />}

      <Card title={w('track.timeline')}>
        <CaseTimeline progress={p} />
      </Card>

      {isConcluded(p) && <RatingPanel caseNo={p.caseNo} queryCode={queryCode} rated={p.rating?.score} open={canRate(p)} />}

      <Flex gap={12} wrap>
        <Button onClick={() => onChanged()} data-testid="track-refresh">{w('track.refresh')}</Button>
        {canWithdraw(p) && <WithdrawButton caseNo={p.caseNo} queryCode={queryCode} onWithdrawn={onChanged} />}
        <Button type="link" href={href(complaintPath)} onClick={(e) => { e.preventDefault(); navigate(complaintPath); }} data-testid="track-complaint">
          {w('track.complaint')}
        </Button>
      </Flex>
    </Flex>
  );
}
