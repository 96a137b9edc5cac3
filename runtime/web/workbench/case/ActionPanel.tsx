/**
 * The clerk's actions on the case: the 会签 progress of every open countersign / anysign task, then
 * a button per action the runtime allows them (case-actions.ts); a click opens the action's form
 * with its required inputs (reasons, the supplement checklist, the step to return to, the procedure
 * and its expected days, the extension's days within the matter's limit, the delivery, the leader's
 * 批准 / 不批准); 确定 sends it with the version the page read, and the page reloads after every act
 * (so a signer never sees 同意 again nor a false conflict). A real 409 offers a reload.
 */
import { Alert, Button, Card, Empty, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SessionUser } from '../../shared/http';
import type { MatterDefinition } from '../../../../schemas/types.generated.js';
import { formatChinaDateTime } from '../../shared/china-time';
import { api, type StaffCase } from '../api';
import { errorText, isConflict } from '../error-text';
import { useT } from '../i18n';
import { actionRequest, availableActions, DEFAULT_EXTENSION_DAYS, missingInputs, reasonRequired, SUSPEND_KINDS, type ActionContext, type ActionInput, type CaseActionName, type TaskActions } from './case-actions';
import type { DeliveryDraft } from './delivery';
import { DeliveryFields } from './DeliveryFields';
import { doneMessage } from './done-message';
import { neededMaterialIds } from './needed-materials';
import { signProgress } from './sign-progress';
import { nameOf } from './staff-names';
import { SignProgressView } from './SignProgressView';
import { initialChecklist, supplementBody, type ChecklistLine } from './supplement-checklist';
import { SupplementChecklist } from './SupplementChecklist';

interface Open {
  action: CaseActionName;
  task?: TaskActions;
}

/** Art. 42 by default; the matter's own limit and legal basis when it sets one. */
export const extensionLimit = (def: MatterDefinition) => ({ maxDays: def.extension?.maxDays ?? DEFAULT_EXTENSION_DAYS, legalBasis: def.extension?.legalBasis ?? '《中华人民共和国行政许可法》第四十二条' });

export function ActionPanel({ c, definition, user, context, names, onDone }: { c: StaffCase; definition: MatterDefinition; user: SessionUser; context: ActionContext; names: Readonly<Record<string, string>>; onDone(message: string): void }) {
  const t = useT();
  const available = useMemo(() => availableActions(c, definition.flow, user, context), [c, definition, user, context]);
  const limit = extensionLimit(definition);
  const signing = useMemo(() => c.tasks.filter((k) => k.status === 'open').flatMap((k) => {
    const p = signProgress(k);
    return p ? [{ task: k, progress: p }] : [];
  }), [c.tasks]);
  const [open, setOpen] = useState<Open>();
  const [reason, setReason] = useState('');
  const [toNodeId, setToNodeId] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [days, setDays] = useState<number | undefined>();
  const [delivery, setDelivery] = useState<DeliveryDraft>({});
  const [lines, setLines] = useState<ChecklistLine[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const start = (action: CaseActionName, task?: TaskActions) => {
    setOpen({ action, task });
    setReason('');
    setToNodeId(undefined);
    setKind(undefined);
    setDays(undefined);
    setDelivery({});
    setProblems([]);
    setError(undefined);
    if (action === 'supplement-request') setLines(initialChecklist(definition.materials, c.materials, neededMaterialIds(definition, c.situation, c.data, c.materials)));
  };

  const send = async (approve?: boolean) => {
    if (!open) return;
    setError(undefined);
    const input: ActionInput = { reason, toNodeId, kind, days, delivery, maxDays: limit.maxDays, ...(approve !== undefined ? { approve } : {}) };
    const missing = open.action === 'supplement-request' ? (supplementBody(lines, c.version) ? [] : ['action.need.items']) : missingInputs(open.action, input);
    setProblems(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      let statusAfter: string | undefined;
      if (open.action === 'supplement-request') statusAfter = (await api.caseAction(c.caseNo, 'supplement-request', { ...supplementBody(lines, c.version)! })).status;
      else {
        const req = actionRequest(open.action, input, { caseVersion: c.version, ...(open.task ? { task: { id: open.task.taskId, version: open.task.taskVersion } } : {}) });
        if (req.via === 'case') statusAfter = (await api.caseAction(c.caseNo, req.action, req.body)).status;
        else statusAfter = (await api.completeTask(req.taskId, req.body)).case?.status;
      }
      const name = open.action === 'extension-decision' ? (approve ? 'extension-approved' : 'extension-refused') : open.action;
      const msg = doneMessage(name, statusAfter);
      const done = t(msg.key, msg.outcomeStatus ? { outcome: t(`status.${msg.outcomeStatus}`) } : undefined);
      setOpen(undefined);
      onDone(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const nothing = available.tasks.length === 0 && available.caseLevel.length === 0;
  const works = user.role === 'clerk' || user.role === 'leader';
  const withText = open && open.action !== 'supplement-request' && open.action !== 'acknowledge';
  const danger = (a: CaseActionName) => a === 'refuse' || a === 'deny';
  const request = c.extensionRequest;

  return (
    <Card title={t('action.title')} size="small" data-testid="case-actions">
      {signing.map(({ task, progress }) => (
        <SignProgressView key={task.id} stepName={task.stepName} progress={progress} names={names} />
      ))}
      {nothing && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(works ? 'action.none' : 'action.readOnly')} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {available.tasks.map((task) => (
          <div key={task.taskId}>
            <Typography.Text type="secondary">{t('action.forStep', { step: task.stepName })}</Typography.Text>
            <Space wrap style={{ display: 'flex', marginTop: 4 }}>
              {task.actions.map((a) => (
                <Button key={a} data-testid={`case-action-${a}`} type={open?.action === a && open.task?.taskId === task.taskId ? 'primary' : 'default'} danger={danger(a)} onClick={() => start(a, task)}>
                  {t(`action.${a}`)}
                </Button>
              ))}
            </Space>
          </div>
        ))}
        {available.caseLevel.length > 0 && (
          <div>
            <Typography.Text type="secondary">{t('action.caseLevel')}</Typography.Text>
            <Space wrap style={{ display: 'flex', marginTop: 4 }}>
              {available.caseLevel.map((a) => (
                <Button key={a} data-testid={`case-action-${a}`} type={open?.action === a ? 'primary' : 'default'} onClick={() => start(a)}>
                  {t(`action.${a}`)}
                </Button>
              ))}
            </Space>
          </div>
        )}
        {open && (
          <Card size="small" type="inner" title={t(`action.${open.action}`)} data-testid="case-action-form" data-action={open.action}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t(`action.help.${open.action}`, { max: limit.maxDays, basis: limit.legalBasis })}
              </Typography.Paragraph>
              {open.action === 'supplement-request' && <SupplementChecklist lines={lines} onChange={setLines} />}
              {open.action === 'return' && (
                <Select
                  data-testid="case-return-to"
                  style={{ width: '100%' }}
                  placeholder={t('action.returnTo')}
                  value={toNodeId}
                  onChange={setToNodeId}
                  options={(open.task?.returnTo ?? []).map((s) => ({ value: s.nodeId, label: s.name }))}
                />
              )}
              {open.action === 'suspend' && (
                <Space wrap>
                  <Select data-testid="case-suspend-kind" style={{ width: 200 }} placeholder={t('action.suspendKind')} value={kind} onChange={setKind} options={SUSPEND_KINDS.map((k) => ({ value: k, label: t(`suspend.${k}`) }))} />
                  <Space.Compact>
                    <InputNumber data-testid="case-days" aria-label={t('action.expectedDays')} min={1} max={365} precision={0} value={days} onChange={(v) => setDays(v ?? undefined)} placeholder={t('action.expectedDays')} />
                    <Space.Addon>{t('action.workingDays')}</Space.Addon>
                  </Space.Compact>
                </Space>
              )}
              {open.action === 'extension-request' && (
                <Space.Compact>
                  <Space.Addon>{t('extension.days')}</Space.Addon>
                  <InputNumber data-testid="case-days" aria-label={t('extension.days')} min={1} max={limit.maxDays} precision={0} value={days} onChange={(v) => setDays(v ?? undefined)} />
                  <Space.Addon>{t('extension.upTo', { n: limit.maxDays })}</Space.Addon>
                </Space.Compact>
              )}
              {open.action === 'extension-decision' && request && (
                <Alert
                  type="info"
                  data-testid="extension-pending-detail"
                  message={t('extension.pendingLine', { days: request.days, by: nameOf(names, request.requestedBy), at: formatChinaDateTime(request.requestedAt) })}
                  description={t('extension.reasonLine', { text: request.reason })}
                />
              )}
              {open.action === 'deliver' && <DeliveryFields value={delivery} onChange={setDelivery} />}
              {withText && (
                <Input.TextArea
                  data-testid="case-reason"
                  aria-label={t(reasonRequired(open.action) ? `action.reasonPlaceholder.${open.action}` : 'action.commentPlaceholder')}
                  rows={3}
                  maxLength={2000}
                  showCount
                  style={{ marginBottom: 16 }}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder={t(reasonRequired(open.action) ? `action.reasonPlaceholder.${open.action}` : 'action.commentPlaceholder')}
                />
              )}
              {problems.length > 0 && <Alert type="warning" showIcon data-testid="case-action-missing" message={problems.map((p) => t(p)).join('；')} />}
              {error !== undefined && (
                <Alert
                  type="error"
                  showIcon
                  data-testid={isConflict(error) ? 'case-action-conflict' : 'case-action-error'}
                  message={errorText(t, error)}
                  action={
                    isConflict(error) ? (
                      <Button size="small" onClick={() => onDone('')} data-testid="case-reload">
                        {t('action.reload')}
                      </Button>
                    ) : undefined
                  }
                />
              )}
              <Space>
                {open.action === 'extension-decision' ? (
                  <>
                    <Button type="primary" loading={busy} onClick={() => void send(true)} data-testid="extension-approve">
                      {t('extension.approve')}
                    </Button>
                    <Button danger loading={busy} onClick={() => void send(false)} data-testid="extension-refuse">
                      {t('extension.refuse')}
                    </Button>
                  </>
                ) : (
                  <Button type="primary" danger={danger(open.action)} loading={busy} onClick={() => void send()} data-testid="case-action-ok">
                    {t('action.ok')}
                  </Button>
                )}
                <Button onClick={() => setOpen(undefined)} data-testid="case-action-cancel">
                  {t('action.cancel')}
                </Button>
              </Space>
            </Space>
          </Card>
        )}
      </Space>
    </Card>
  );
}
