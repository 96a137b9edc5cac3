/**
 * The properties of the selected node: name; for a step its type, department, mode (with the
 * 会签 / 或签 signers), deadline and the materials it checks, and for a deliver step whether the
 * accepting desk issues the result (统一出件); for an end node its outcome. Each change is one
 * node.update command (the patches come from signer-picker-model.ts, which keeps signers and
 * 统一出件 consistent with mode, department and type).
 */
import { Form, InputNumber, Select, Switch, Typography } from 'antd';
import type { FlowDefinition, MatterDefinition } from '../../../schemas/types.generated.js';
import type { NodePatch } from '../../flow/flow-command';
import { assigneesPatch, departmentPatch, modePatch, stepTypePatch, takesSigners } from '../../flow/signer-picker-model';
import type { Department } from '../api';
import { useI18n } from '../i18n';
import { CommitTextInput } from './CommitTextInput';
import { SignerPicker } from './SignerPicker';

export function NodeProperties({
  node,
  readOnly,
  departments,
  materials,
  update,
}: {
  node: FlowDefinition['nodes'][number];
  readOnly: boolean;
  departments: readonly Department[];
  materials: MatterDefinition['materials'];
  update(patch: NodePatch): void;
}) {
  const { t } = useI18n();
  const signers = takesSigners(node.mode);
  return (
    <Form layout="vertical" size="small" disabled={readOnly}>
      <Form.Item label={t('flow.props.name')}>
        <CommitTextInput value={node.name} onCommit={(v) => v.trim() && update({ name: v.trim() })} testId="prop-name" />
      </Form.Item>
      {node.kind === 'step' && (
        <>
          <Form.Item label={t('flow.props.stepType')}>
            <Select
              data-testid="prop-step-type"
              value={node.stepType ?? 'review'}
              options={(['accept', 'review', 'inspect', 'decide', 'deliver', 'other'] as const).map((v) => ({ value: v, label: t(`flow.stepType.${v}`) }))}
              onChange={(v) => update(stepTypePatch(node, v))}
            />
          </Form.Item>
          {node.stepType === 'deliver' && (
            <Form.Item label={t('flow.props.atAcceptingDesk')} extra={t('flow.props.atAcceptingDesk.hint')}>
              <Switch
                data-testid="prop-at-accepting-desk"
                checked={!!node.atAcceptingDesk}
                checkedChildren={t('flow.props.atAcceptingDesk.on')}
                onChange={(on) => update({ atAcceptingDesk: on || undefined })}
              />
            </Form.Item>
          )}
          <Form.Item label={t('flow.props.department')} extra={node.atAcceptingDesk ? t('flow.props.department.desk') : undefined}>
            <Select
              data-testid="prop-department"
              showSearch
              optionFilterProp="label"
              allowClear
              value={node.departmentId}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              onChange={(v: string | undefined) => update(departmentPatch(node, v || undefined))}
            />
          </Form.Item>
          <Form.Item label={t('flow.props.mode')}>
            <Select
              data-testid="prop-mode"
              value={node.mode ?? 'single'}
              options={(['single', 'countersign', 'anysign'] as const).map((v) => ({ value: v, label: t(`flow.mode.${v}`) }))}
              onChange={(v) => update(modePatch(node, v))}
            />
          </Form.Item>
          {signers && (
            <Form.Item label={t('flow.props.signers')} extra={t(node.mode === 'countersign' ? 'flow.props.signers.countersign' : 'flow.props.signers.anysign')}>
              <SignerPicker departmentId={node.departmentId} value={node.assignees ?? []} disabled={readOnly} onChange={(v) => update(assigneesPatch(v))} />
              {node.assignees?.length ? (
                <Typography.Text type="secondary" data-testid="prop-assignees-count">
                  {t('flow.props.signers.count', { n: node.assignees.length })}
                </Typography.Text>
              ) : null}
            </Form.Item>
          )}
          <Form.Item label={t('flow.props.deadline')}>
            <InputNumber
              data-testid="prop-deadline"
              min={0}
              max={365}
              precision={0}
              style={{ width: '100%' }}
              value={node.deadlineDays}
              onChange={(v) => update({ deadlineDays: v === null ? undefined : v })}
            />
          </Form.Item>
          <Form.Item label={t('flow.props.materials')}>
            <Select
              data-testid="prop-materials"
              mode="multiple"
              allowClear
              optionFilterProp="label"
              value={node.checksMaterials ?? []}
              options={materials.map((mat) => ({ value: mat.id, label: mat.name }))}
              onChange={(v: string[]) => update({ checksMaterials: v.length ? v : undefined })}
            />
          </Form.Item>
        </>
      )}
      {node.kind === 'end' && (
        <Form.Item label={t('flow.props.outcome')}>
          <Select
            data-testid="prop-outcome"
            value={node.outcome ?? 'granted'}
            options={(['granted', 'denied'] as const).map((v) => ({ value: v, label: t(`flow.outcome.${v}`) }))}
            onChange={(v) => update({ outcome: v })}
          />
        </Form.Item>
      )}
    </Form>
  );
}
