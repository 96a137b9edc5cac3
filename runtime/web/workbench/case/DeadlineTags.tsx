/**
 * The case's two clocks in its head, each in the colour of the server's warning: the acceptance
 * deadline (受理期限, art. 32: 5 working days from receipt) while the case waits for 受理, from the
 * open acceptance task; and the decision's due date (办结期限) once it runs.
 */
import { Tag } from 'antd';
import type { FlowDefinition } from '../../../../schemas/types.generated.js';
import { DueDate } from '../DueDate';
import { useT } from '../i18n';
import { dueTone, TONE_COLORS } from '../inbox/due-tone';
import type { StaffCase } from '../api';

const BEFORE_ACCEPTANCE = new Set(['submitted', 'supplement_requested']);

export function DeadlineTags({ c, flow }: { c: StaffCase; flow: FlowDefinition }) {
  const t = useT();
  const acceptTask = c.tasks.find((k) => k.status === 'open' && flow.nodes.find((n) => n.id === k.nodeId)?.stepType === 'accept');
  const acceptDue = c.acceptDueDate ?? acceptTask?.dueDate;
  const waiting = BEFORE_ACCEPTANCE.has(c.status) && !c.acceptedAt;
  const acceptTone = dueTone({ warning: acceptTask?.warning });
  const tone = dueTone({ warning: c.warning });
  return (
    <>
      {waiting && acceptDue && (
        <Tag color={TONE_COLORS[acceptTone]} data-testid="case-accept-due" data-tone={acceptTone}>
          {t('case.acceptDue')} <DueDate date={acceptDue} provisional={acceptTask?.dueDateProvisional} /> · {t(`tone.${acceptTone}`)}
        </Tag>
      )}
      {c.dueDate && (
        <Tag color={TONE_COLORS[tone]} data-testid="case-due" data-tone={tone} data-date={c.dueDate}>
          {t('case.dueLabel')} <DueDate date={c.dueDate} provisional={c.dueDateProvisional} /> · {t(`tone.${tone}`)}
        </Tag>
      )}
    </>
  );
}
