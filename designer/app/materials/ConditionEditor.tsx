/**
 * The condition of a conditional material, built by pointing and choosing: the situations it is
 * needed in, and/or one form-answer rule (field, operator, value), plus the condition in words.
 * testids: `material-condition-situations-<i>`, `material-condition-field-<i>`,
 * `material-condition-operator-<i>`, `material-condition-value-<i>`, `material-condition-description-<i>`.
 */
import { Button, Select, Space, Typography } from 'antd';
import type { FormDefinition, Material, MatterDefinition, Primitive } from '../../../schemas/types.generated.js';
import { choicesFor, isUnary, type VisibleOperator, type VisibleRule } from '../../form-builder/visible-when-builder.js';
import { CommitInput } from '../basic/CommitInput';
import type { DefinitionUpdate } from '../editor-tab';
import { useI18n } from '../i18n';
import { conditionTargets, fieldAt, operatorChoices, ruleForField, ruleToWhen, ruleView, typedValue, withOperator } from './condition-rule';
import { patchCondition } from './material-edits';

interface Props {
  material: Material;
  index: number;
  definition: MatterDefinition;
  readOnly: boolean;
  onChange(update: DefinitionUpdate): void;
}

export function ConditionEditor({ material: m, index: i, definition, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const form = definition.form;
  const condition = m.condition ?? {};
  const view = ruleView(condition.when, form);
  const setRule = (rule: VisibleRule | null) => onChange((d) => patchCondition(d, m.id, { when: rule === null ? null : ruleToWhen(rule, d.form) }));

  if (readOnly) return <ConditionSummary material={m} definition={definition} />;

  const targets = conditionTargets(form);
  const rule = view.kind === 'rule' ? view.rule : undefined;
  const field = rule ? fieldAt(form, rule.field) : undefined;
  const target = rule ? targets.find((x) => x.field === rule.field) : undefined;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`material-condition-${i}`}>
      <Select
        data-testid={`material-condition-situations-${i}`}
        mode="multiple"
        size="small"
        allowClear
        style={{ width: '100%' }}
        placeholder={t('materials.condition.situations.placeholder')}
        value={condition.situations ?? []}
        options={definition.situations.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(situations: string[]) => onChange((d) => patchCondition(d, m.id, { situations }))}
      />
      {view.kind === 'other' ? (
        <Space size={4} wrap>
          <Typography.Text type="secondary" code ellipsis style={{ maxWidth: 220 }}>{t('materials.condition.other', { text: view.text })}</Typography.Text>
          <Button size="small" onClick={() => setRule(null)} data-testid={`material-condition-clear-${i}`}>{t('materials.condition.clear')}</Button>
        </Space>
      ) : (
        <>
          <Select
            data-testid={`material-condition-field-${i}`}
            size="small"
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={targets.length > 0 ? t('materials.condition.field') : t('materials.condition.noForm')}
            disabled={targets.length === 0 && !rule}
            value={rule?.field}
            options={targets.map((x) => ({ value: x.field, label: x.title }))}
            onChange={(path: string | undefined) => setRule(path === undefined ? null : ruleForField(form, path) ?? null)}
          />
          {rule && field && (
            <Space.Compact size="small" style={{ width: '100%' }}>
              <Select
                data-testid={`material-condition-operator-${i}`}
                size="small"
                style={{ width: isUnary(rule.operator) ? '100%' : '40%' }}
                value={rule.operator}
                options={operatorChoices(target?.operators, rule.operator).map((op) => ({ value: op, label: t(`materials.op.${op}`) }))}
                onChange={(op: VisibleOperator) => setRule(withOperator(rule, op, field))}
              />
              {!isUnary(rule.operator) && <ValueInput index={i} rule={rule} form={form} onRule={setRule} />}
            </Space.Compact>
          )}
        </>
      )}
      <CommitInput
        data-testid={`material-condition-description-${i}`}
        size="small"
        maxLength={500}
        placeholder={t('materials.condition.description')}
        value={condition.description}
        onCommit={(description) => onChange((d) => patchCondition(d, m.id, { description }))}
      />
      {condition.situations && condition.when && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('materials.condition.both')}</Typography.Text>}
    </Space>
  );
}

/** The value of a rule: a choice (several for in / not in) or typed text / number. */
function ValueInput({ index, rule, form, onRule }: { index: number; rule: VisibleRule; form: FormDefinition; onRule(rule: VisibleRule): void }) {
  const { t } = useI18n();
  const field = fieldAt(form, rule.field)!;
  const choices = choicesFor(field);
  const multiple = rule.operator === 'in' || rule.operator === 'notIn';
  const testId = `material-condition-value-${index}`;
  if (choices.length > 0) {
    const options = choices.map((c) => ({ value: JSON.stringify(c.value), label: c.label }));
    const value = multiple ? ((rule.value as Primitive[] | undefined) ?? []).map((v) => JSON.stringify(v)) : rule.value === undefined ? undefined : JSON.stringify(rule.value);
    return (
      <Select
        data-testid={testId}
        size="small"
        style={{ width: '60%' }}
        mode={multiple ? 'multiple' : undefined}
        value={value}
        options={options}
        onChange={(v: string | string[]) => onRule({ ...rule, value: Array.isArray(v) ? v.map((x) => JSON.parse(x) as Primitive) : (JSON.parse(v) as Primitive) })}
      />
    );
  }
  return (
    <CommitInput
      data-testid={testId}
      size="small"
      style={{ width: '60%' }}
      placeholder={t('materials.condition.value')}
      value={rule.value === null || rule.value === undefined ? '' : String(rule.value)}
      onCommit={(text) => onRule({ ...rule, value: typedValue(field, text) })}
    />
  );
}

/** The condition in words, for read-only display. */
export function ConditionSummary({ material: m, definition }: { material: Material; definition: MatterDefinition }) {
  const { t } = useI18n();
  const c = m.condition;
  if (!c || (!c.situations && !c.when && !c.description)) return null;
  const view = ruleView(c.when, definition.form);
  const names = (c.situations ?? []).map((id) => definition.situations.find((s) => s.id === id)?.name ?? id);
  let rule = '';
  if (view.kind === 'rule') {
    const field = fieldAt(definition.form, view.rule.field);
    const label = (v: Primitive) => (field ? choicesFor(field).find((x) => x.value === v)?.label : undefined) ?? String(v);
    const values = view.rule.value === undefined ? '' : (Array.isArray(view.rule.value) ? view.rule.value : [view.rule.value]).map(label).join('、');
    rule = `${field?.title ?? view.rule.field} ${t(`materials.op.${view.rule.operator}`)} ${values}`.trim();
  } else if (view.kind === 'other') {
    rule = view.text;
  }
  return (
    <Space direction="vertical" size={0}>
      {names.length > 0 && <Typography.Text>{t('materials.condition.situations')}：{names.join('、')}</Typography.Text>}
      {rule && <Typography.Text>{t('materials.condition.when')}：{rule}</Typography.Text>}
      {c.description && <Typography.Text type="secondary">{c.description}</Typography.Text>}
    </Space>
  );
}
