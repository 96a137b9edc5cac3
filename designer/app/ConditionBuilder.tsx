/**
 * A condition on the applicant's form answers, built by pointing and choosing: "field · operator ·
 * value" lines joined by all / any, over the pure model of designer/form-builder/visible-when-builder.ts
 * (which translates both ways to the JsonLogic the runtime evaluates). A condition written by hand
 * in a shape the model cannot show is displayed as text and left alone unless the user clears it.
 * Used for flow edges (conditional branches); `testId` prefixes every control's data-testid.
 */
import { Button, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Condition, FormDefinition, Primitive } from '../../schemas/types.generated.js';
import { formFields } from '../../catalog/form/form-fields.js';
import { conditionText } from '../flow/condition-text';
import { choicesFor, fromJsonLogic, isUnary, listFieldsOf, toJsonLogic, visibleWhenTargets, type VisibleOperator, type VisibleRule, type VisibleWhenModel } from '../form-builder/index';
import { useI18n } from './i18n';

export interface ConditionBuilderProps {
  form: FormDefinition;
  value: Condition | undefined;
  /** undefined when the last line is removed (no condition). */
  onChange(next: Condition | undefined): void;
  readOnly?: boolean;
  testId: string;
}

export function ConditionBuilder({ form, value, onChange, readOnly, testId }: ConditionBuilderProps) {
  const { t } = useI18n();
  const isList = listFieldsOf(form);
  const model = fromJsonLogic(value, isList);
  const targets = visibleWhenTargets(form);
  const fields = new Map(formFields(form).map((f) => [f.path, f.field]));

  if (model === undefined) {
    return (
      <Space direction="vertical" size={4} data-testid={`${testId}-custom`}>
        <Typography.Text code>{conditionText(value, 200)}</Typography.Text>
        <Typography.Text type="secondary">{t('cond.custom')}</Typography.Text>
        {!readOnly && (
          <Button size="small" danger onClick={() => onChange(undefined)} data-testid={`${testId}-clear`}>
            {t('cond.clear')}
          </Button>
        )}
      </Space>
    );
  }

  const emit = (next: VisibleWhenModel) => onChange(toJsonLogic(next, isList) ?? undefined);
  const setRule = (i: number, rule: VisibleRule) => emit({ ...model, rules: model.rules.map((r, j) => (j === i ? rule : r)) });
  const addRule = () => {
    const first = targets[0];
    if (first) emit({ ...model, rules: [...model.rules, { field: first.field, operator: first.operators[0]! }] });
  };

  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }} data-testid={testId}>
      {model.rules.length > 1 && (
        <Select
          size="small"
          disabled={readOnly}
          value={model.combinator}
          onChange={(combinator) => emit({ ...model, combinator })}
          options={[{ value: 'all', label: t('cond.all') }, { value: 'any', label: t('cond.any') }]}
          data-testid={`${testId}-combinator`}
        />
      )}
      {model.rules.map((rule, i) => {
        const target = targets.find((x) => x.field === rule.field);
        const field = fields.get(rule.field);
        const choices = field ? choicesFor(field) : [];
        const numeric = field?.type === 'number' || field?.type === 'integer';
        return (
          <Space key={i} size={4} wrap>
            <Select
              size="small"
              style={{ width: 130 }}
              disabled={readOnly}
              value={rule.field}
              showSearch
              optionFilterProp="label"
              onChange={(f: string) => setRule(i, { field: f, operator: targets.find((x) => x.field === f)?.operators[0] ?? 'isNotEmpty' })}
              options={targets.map((x) => ({ value: x.field, label: x.title }))}
              data-testid={`${testId}-field-${i}`}
            />
            <Select
              size="small"
              style={{ width: 96 }}
              disabled={readOnly}
              value={rule.operator}
              onChange={(op: VisibleOperator) => setRule(i, { field: rule.field, operator: op, ...(isUnary(op) ? {} : { value: rule.value }) })}
              options={(target?.operators ?? [rule.operator]).map((op) => ({ value: op, label: t(`cond.op.${op}`) }))}
              data-testid={`${testId}-operator-${i}`}
            />
            {!isUnary(rule.operator) && (
              <RuleValue
                rule={rule}
                choices={choices}
                numeric={numeric}
                readOnly={readOnly}
                testId={`${testId}-value-${i}`}
                onChange={(v) => setRule(i, { ...rule, value: v })}
              />
            )}
            {!readOnly && (
              <Button size="small" type="text" danger onClick={() => emit({ ...model, rules: model.rules.filter((_, j) => j !== i) })} data-testid={`${testId}-remove-${i}`}>
                ×
              </Button>
            )}
          </Space>
        );
      })}
      {model.rules.length === 0 && <Typography.Text type="secondary">{t('cond.none')}</Typography.Text>}
      {!readOnly && (
        <Button size="small" onClick={addRule} disabled={targets.length === 0} data-testid={`${testId}-add`}>
          + {t('cond.add')}
        </Button>
      )}
    </Space>
  );
}

function RuleValue({
  rule,
  choices,
  numeric,
  readOnly,
  testId,
  onChange,
}: {
  rule: VisibleRule;
  choices: Array<{ value: Primitive; label: string }>;
  numeric: boolean;
  readOnly?: boolean;
  testId: string;
  onChange(v: Primitive | Primitive[] | undefined): void;
}) {
  const multiple = rule.operator === 'in' || rule.operator === 'notIn';
  if (choices.length > 0) {
    const options = choices.map((c) => ({ value: JSON.stringify(c.value), label: c.label }));
    const current = Array.isArray(rule.value) ? rule.value.map((v) => JSON.stringify(v)) : rule.value === undefined ? undefined : JSON.stringify(rule.value);
    return (
      <Select
        size="small"
        style={{ minWidth: 110 }}
        disabled={readOnly}
        mode={multiple ? 'multiple' : undefined}
        value={current}
        options={options}
        // Values travel as JSON so booleans, numbers and strings keep their type through the Select.
        onChange={(v: string | string[]) => onChange(Array.isArray(v) ? v.map((x) => JSON.parse(x) as Primitive) : (JSON.parse(v) as Primitive))}
        data-testid={testId}
      />
    );
  }
  if (numeric) {
    return <InputNumber size="small" disabled={readOnly} value={typeof rule.value === 'number' ? rule.value : null} onChange={(v) => onChange(v ?? undefined)} data-testid={testId} />;
  }
  return (
    <Input
      size="small"
      style={{ width: 120 }}
      disabled={readOnly}
      defaultValue={typeof rule.value === 'string' ? rule.value : ''}
      onBlur={(e) => onChange(e.target.value)}
      onPressEnter={(e) => onChange((e.target as HTMLInputElement).value)}
      data-testid={testId}
    />
  );
}
