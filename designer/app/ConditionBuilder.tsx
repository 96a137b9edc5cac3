/**
 * A condition on the applicant's form answers, built by pointing and choosing: lines of "field ·
 * operator · value" joined by all / any, over the pure model of `form-builder/visible-when-builder.ts`
 * (which translates both ways to the JsonLogic the runtime evaluates). Used for a field's 显示条件
 * (where the field's own value, or what it holds, is never offered, since a field hidden by itself
 * could never be shown) and for a flow edge's branch condition. A rule written by hand in a shape
 * the model cannot show is displayed as text and kept unless cleared.
 *
 * testids, with the `testId` prefix (default `vw`): `<p>-add`; the first line's `<p>-field`,
 * `<p>-operator`, `<p>-value`, `<p>-remove`; the following lines' with `-<i>` (`<p>-field-1` …);
 * `<p>-combinator`; `<p>-custom`, `<p>-clear`.
 */
import { Button, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Condition, FormDefinition, Primitive } from '../../schemas/types.generated.js';
import { formFields } from '../../catalog/form/form-fields.js';
import { conditionText } from '../flow/condition-text';
import {
  choicesFor, fromJsonLogic, isUnary, listFieldsOf, toJsonLogic, visibleWhenTargets,
  type VisibleOperator, type VisibleRule, type VisibleWhenModel,
} from '../form-builder/index';
import { useI18n } from './i18n';

export interface ConditionBuilderProps {
  form: FormDefinition;
  /** Data path of the field being edited (undefined for a section or grid). */
  dataPath: string | undefined;
  /** Data paths a section or grid holds: a container hidden by its own fields could never be shown. */
  exclude?: ReadonlySet<string>;
  value: unknown;
  /** null: always shown (the rule is removed). */
  onChange(next: Condition | null): void;
  disabled?: boolean;
  /** Prefix of every control's data-testid. */
  testId?: string;
  /** What the condition decides, for the words: a field's visibility (default) or a flow branch. */
  purpose?: 'visibility' | 'branch';
}

export function ConditionBuilder({ form, dataPath, exclude, value, onChange, disabled, testId = 'vw', purpose = 'visibility' }: ConditionBuilderProps) {
  const tid = (base: string, i: number) => (i === 0 ? `${testId}-${base}` : `${testId}-${base}-${i}`);
  const { t } = useI18n();
  const isList = listFieldsOf(form);
  const model = fromJsonLogic(value, isList);
  const targets = visibleWhenTargets(form, dataPath).filter((x) => !exclude?.has(x.field));
  const fields = new Map(formFields(form).map((f) => [f.path, f.field]));

  if (model === undefined) {
    return (
      <Space direction="vertical" size={4} data-testid={`${testId}-custom`}>
        <Typography.Text code>{conditionText(value, 200)}</Typography.Text>
        <Typography.Text type="secondary">{t('cond.custom')}</Typography.Text>
        {!disabled && (
          <Button size="small" danger onClick={() => onChange(null)} data-testid={`${testId}-clear`}>
            {t('cond.clear')}
          </Button>
        )}
      </Space>
    );
  }

  const emit = (next: VisibleWhenModel) => onChange(toJsonLogic(next, isList));
  const setRule = (i: number, rule: VisibleRule) => emit({ ...model, rules: model.rules.map((r, j) => (j === i ? rule : r)) });
  /** A complete line for a field: its first operator, and its first choice when it has choices. */
  const ruleFor = (field: string): VisibleRule => {
    const target = targets.find((x) => x.field === field);
    const operator: VisibleOperator = target?.operators[0] ?? 'isNotEmpty';
    const f = fields.get(field);
    const first = f === undefined ? undefined : choicesFor(f)[0];
    return isUnary(operator) || first === undefined ? { field, operator } : { field, operator, value: first.value };
  };

  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      {model.rules.length > 1 && (
        <Select
          size="small"
          disabled={disabled}
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
        const options = targets.map((x) => ({ value: x.field, label: x.title }));
        if (target === undefined) options.push({ value: rule.field, label: field?.title ?? rule.field });
        return (
          <Space key={i} size={4} wrap data-testid={`${testId}-rule-${i}`}>
            <Select
              size="small"
              style={{ width: 130 }}
              disabled={disabled}
              value={rule.field}
              showSearch
              optionFilterProp="label"
              onChange={(f: string) => setRule(i, ruleFor(f))}
              options={options}
              data-testid={tid('field', i)}
            />
            <Select
              size="small"
              style={{ width: 96 }}
              disabled={disabled}
              value={rule.operator}
              onChange={(op: VisibleOperator) => {
                const multiple = op === 'in' || op === 'notIn';
                const current = Array.isArray(rule.value) ? rule.value[0] : rule.value;
                const carried = multiple ? (current === undefined ? [] : [current]) : current;
                setRule(i, isUnary(op) ? { field: rule.field, operator: op } : { field: rule.field, operator: op, value: carried ?? choices[0]?.value });
              }}
              options={(target?.operators ?? [rule.operator]).map((op) => ({ value: op, label: t(`cond.op.${op}`) }))}
              data-testid={tid('operator', i)}
            />
            {!isUnary(rule.operator) && (
              <RuleValue rule={rule} choices={choices} numeric={numeric} disabled={disabled} testId={tid('value', i)} onChange={(v) => setRule(i, { ...rule, value: v })} />
            )}
            {!disabled && (
              <Button size="small" type="text" danger onClick={() => emit({ ...model, rules: model.rules.filter((_, j) => j !== i) })} data-testid={tid('remove', i)}>
                ×
              </Button>
            )}
          </Space>
        );
      })}
      {model.rules.length === 0 && <Typography.Text type="secondary">{t(purpose === 'branch' ? 'cond.none' : 'form.vw.always')}</Typography.Text>}
      {!disabled && (
        <Button size="small" onClick={() => targets[0] && emit({ ...model, rules: [...model.rules, ruleFor(targets[0].field)] })} disabled={targets.length === 0} data-testid={`${testId}-add`}>
          + {t(purpose === 'branch' ? 'cond.add' : 'form.vw.add')}
        </Button>
      )}
      {!disabled && targets.length === 0 && <Typography.Text type="secondary">{t('form.vw.noTargets')}</Typography.Text>}
    </Space>
  );
}

function RuleValue({ rule, choices, numeric, disabled, testId, onChange }: {
  rule: VisibleRule;
  choices: Array<{ value: Primitive; label: string }>;
  numeric: boolean;
  disabled?: boolean;
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
        disabled={disabled}
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
    return <InputNumber size="small" disabled={disabled} value={typeof rule.value === 'number' ? rule.value : null} onChange={(v) => onChange(v ?? undefined)} data-testid={testId} />;
  }
  return (
    <Input
      key={String(rule.value)}
      size="small"
      style={{ width: 120 }}
      disabled={disabled}
      defaultValue={typeof rule.value === 'string' ? rule.value : ''}
      onBlur={(e) => e.target.value !== rule.value && onChange(e.target.value)}
      onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
      data-testid={testId}
    />
  );
}
