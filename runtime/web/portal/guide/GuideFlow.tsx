/**
 * 办理流程: on a desktop the flow drawn read-only (GuideFlowCanvas, loaded on demand so the
 * drawing library stays out of the portal's first load); on a phone, where a drawing is too
 * small to read, the steps as a vertical list. Both name each step's department and time limit.
 */
import { Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { formFields } from '../../../../catalog/form/form-fields.js';
import { conditionText } from '../../../../designer/flow/condition-text.js';
import { describeCondition } from '../../../../designer/form-builder/form-outline.js';
import type { MatterDefinition } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { flowSteps } from './flow-steps';

const GuideFlowCanvas = lazy(() => import('./GuideFlowCanvas'));

/** Edge conditions in words with the form's field titles, else the compact rule text. */
export function conditionWords(def: MatterDefinition): (condition: unknown) => string {
  const fields = new Map(formFields(def.form).map((f) => [f.path, f.field]));
  return (c) => describeCondition(c, fields) || conditionText(c);
}

export function GuideFlow({ def, departmentName }: { def: MatterDefinition; departmentName: (id: string) => string }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const describe = useMemo(() => conditionWords(def), [def]);
  // useBreakpoint is empty on the first render: wait for it rather than load the canvas on a phone.
  if (screens.md === undefined) return null;
  return (
    <div data-testid="guide-flow-body" data-view={screens.md ? 'canvas' : 'list'}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('guide.flow.hint')}
      </Typography.Paragraph>
      {screens.md ? (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 360 }}>{t('guide.flow.loading')}</Skeleton.Node>}>
          <GuideFlowCanvas flow={def.flow} describe={describe} departmentName={departmentName} />
        </Suspense>
      ) : (
        <StepList def={def} describe={describe} departmentName={departmentName} />
      )}
    </div>
  );
}

function StepList({ def, describe, departmentName }: { def: MatterDefinition; describe: (c: unknown) => string; departmentName: (id: string) => string }) {
  const { t } = useI18n();
  const rows = useMemo(() => flowSteps(def.flow, describe), [def, describe]);
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={rows.map(({ node, parallel, branch }) => ({
        key: node.id,
        color: node.kind === 'end' ? (node.outcome === 'denied' ? 'red' : 'green') : parallel ? 'orange' : 'blue',
        children: (
          <div data-testid="guide-flow-step" data-node-id={node.id} className="portal-wrap">
            <Typography.Text strong>{node.name}</Typography.Text>
            {parallel && (
              <Tag color="orange" style={{ marginInlineStart: 6 }}>
                {t('guide.flow.parallel')}
              </Tag>
            )}
            {node.kind === 'step' && (
              <div style={{ fontSize: 13, color: '#595959' }}>
                {node.departmentId ? departmentName(node.departmentId) : '—'}
                {node.deadlineDays !== undefined && ` · ${t('guide.flow.days', { n: node.deadlineDays })}`}
                {node.mode && node.mode !== 'single' && ` · ${t(`guide.flow.mode.${node.mode}`)}`}
              </div>
            )}
            {branch && <div style={{ fontSize: 12, color: '#ad6800' }}>{t('guide.flow.branch', { text: branch })}</div>}
          </div>
        ),
      }))}
    />
  );
}
