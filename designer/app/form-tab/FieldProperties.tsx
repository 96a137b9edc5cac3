/**
 * The properties of the selected field: label, key, required, help, default, options, length and
 * value limits, and its 显示条件. Text boxes commit on blur or Enter (one undo step per edit, not
 * per key); switches and pickers commit at once. Every edit is a `field.update` /
 * `field.rename` / `field.setVisibleWhen` command run by the tab.
 */
import { Button, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { FormDefinition, FormField, Primitive } from '../../../schemas/types.generated.js';
import { optionsOf, type FieldOption, type FieldPatch, type FormCommand, type OutlineNode } from '../../form-builder/index';
import { useI18n } from '../i18n';
import { parseLimit } from './form-tab-edits';
import { ConditionBuilder } from '../ConditionBuilder';

export interface FieldPropertiesProps {
  form: FormDefinition;
  node: OutlineNode;
  field: FormField;
  disabled: boolean;
  execute(command: FormCommand): void;
  rename(path: string, newName: string): void;
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export function FieldProperties({ form, node, field, disabled, execute, rename }: FieldPropertiesProps) {
  const { t } = useI18n();
  const [nameError, setNameError] = useState(false);
  const update = (patch: FieldPatch) => execute({ type: 'field.update', path: node.path, patch });
  const isVoid = field.type === 'void';
  const options = optionsOf(field);
  const isChoice = options.length > 0 || node.kind === 'select' || node.kind === 'radio' || node.kind === 'checkbox';
  const isPlainText = field.type === 'string' && !isChoice && field.format === undefined;
  const isNumber = field.type === 'number' || field.type === 'integer';
  // Inputs are uncontrolled and keyed by what they show, so an undo or an outside change refreshes them.
  const k = (name: string, v: unknown) => `${node.path}:${name}:${JSON.stringify(v) ?? ''}`;

  return (
    <Form layout="vertical" size="small" disabled={disabled} data-testid="form-props" onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label={t('form.prop.label')} style={{ marginBottom: 10 }}>
        <Input
          key={k('title', field.title)}
          defaultValue={field.title ?? ''}
          maxLength={200}
          onBlur={(e) => {
            const v = e.target.value.trim();
            if (v === '' || v === field.title) return;
            // A placeholder the palette derived from the old title (请输入单行文本) follows the new one.
            const placeholder = field['x-component-props']?.placeholder;
            update(placeholder === `请输入${field.title ?? ''}` ? { title: v, placeholder: `请输入${v}` } : { title: v });
          }}
          onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
          data-testid="form-prop-label"
        />
      </Form.Item>
      <Form.Item
        label={t('form.prop.name')}
        style={{ marginBottom: 10 }}
        help={nameError ? t('form.prop.nameInvalid') : isVoid ? undefined : t('form.prop.nameHint')}
        validateStatus={nameError ? 'error' : undefined}
      >
        <Input
          key={k('name', node.name)}
          defaultValue={node.name}
          maxLength={64}
          style={{ fontFamily: 'monospace' }}
          onBlur={(e) => {
            const v = e.target.value.trim();
            if (v === node.name) return setNameError(false);
            if (!FIELD_NAME.test(v)) return setNameError(true);
            setNameError(false);
            rename(node.path, v);
          }}
          onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
          data-testid="form-prop-name"
        />
      </Form.Item>
      {isVoid ? (
        <Typography.Paragraph type="secondary">{t('form.prop.layout')}</Typography.Paragraph>
      ) : (
        <>
          <Form.Item label={t('form.prop.required')} style={{ marginBottom: 10 }}>
            <Switch checked={node.required} onChange={(required) => update({ required })} data-testid="form-prop-required" />
          </Form.Item>
          <Form.Item label={t('form.prop.help')} style={{ marginBottom: 10 }}>
            <Input.TextArea
              key={k('help', field.description)}
              defaultValue={field.description ?? ''}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v !== (field.description ?? '')) update({ description: v === '' ? null : v });
              }}
              data-testid="form-prop-help"
            />
          </Form.Item>
          <DefaultValue field={field} options={options} isChoice={isChoice} isNumber={isNumber} onChange={(v) => update({ default: v })} keyOf={k} />
        </>
      )}
      {isChoice && <OptionsEditor options={options} disabled={disabled} onChange={(next) => update({ options: next })} />}
      {isPlainText && (
        <Space size={8} align="start">
          <LimitInput label={t('form.prop.minLength')} value={field.minLength} integer testId="form-prop-minlength" keyOf={k} onCommit={(v) => update({ minLength: v })} />
          <LimitInput label={t('form.prop.maxLength')} value={field.maxLength} integer testId="form-prop-maxlength" keyOf={k} onCommit={(v) => update({ maxLength: v })} />
        </Space>
      )}
      {isNumber && (
        <Space size={8} align="start">
          <LimitInput label={t('form.prop.minimum')} value={field.minimum} integer={false} testId="form-prop-minimum" keyOf={k} onCommit={(v) => update({ minimum: v })} />
          <LimitInput label={t('form.prop.maximum')} value={field.maximum} integer={false} testId="form-prop-maximum" keyOf={k} onCommit={(v) => update({ maximum: v })} />
        </Space>
      )}
      <Form.Item label={t('form.prop.visibleWhen')} style={{ marginBottom: 10 }} data-testid="form-prop-visible-when">
        <ConditionBuilder
          form={form}
          dataPath={node.dataPath}
          exclude={heldDataPaths(node)}
          value={field['x-visible-when']}
          disabled={disabled}
          onChange={(rule) => execute({ type: 'field.setVisibleWhen', path: node.path, rule })}
        />
      </Form.Item>
    </Form>
  );
}

/** The data paths of the fields a node holds (for a section or grid: those laid out in it). */
function heldDataPaths(node: OutlineNode): Set<string> {
  const out = new Set<string>();
  const visit = (n: OutlineNode) => n.children.forEach((c) => {
    if (c.dataPath !== undefined) out.add(c.dataPath);
    visit(c);
  });
  visit(node);
  return out;
}

function LimitInput({ label, value, integer, testId, keyOf, onCommit }: {
  label: string;
  value: number | undefined;
  integer: boolean;
  testId: string;
  keyOf(name: string, v: unknown): string;
  onCommit(v: number | null): void;
}) {
  const { t } = useI18n();
  return (
    <Form.Item label={label} style={{ marginBottom: 10 }}>
      <Input
        key={keyOf(testId, value)}
        defaultValue={value === undefined ? '' : String(value)}
        placeholder={t('form.prop.none')}
        inputMode="decimal"
        style={{ width: 110 }}
        onBlur={(e) => {
          const parsed = parseLimit(e.target.value, integer);
          if (parsed === undefined) e.target.value = value === undefined ? '' : String(value);
          else if (parsed !== (value ?? null)) onCommit(parsed);
        }}
        onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
        data-testid={testId}
      />
    </Form.Item>
  );
}

function DefaultValue({ field, options, isChoice, isNumber, onChange, keyOf }: {
  field: FormField;
  options: FieldOption[];
  isChoice: boolean;
  isNumber: boolean;
  onChange(v: unknown): void;
  keyOf(name: string, v: unknown): string;
}) {
  const { t } = useI18n();
  const label = t('form.prop.default');
  const current = field.default;
  if (isChoice && field.type !== 'array') {
    return (
      <Form.Item label={label} style={{ marginBottom: 10 }}>
        <Select
          allowClear
          value={current === undefined ? undefined : JSON.stringify(current)}
          options={options.map((o) => ({ value: JSON.stringify(o.value), label: o.label }))}
          onChange={(v: string | undefined) => onChange(v === undefined ? null : (JSON.parse(v) as Primitive))}
          data-testid="form-prop-default"
        />
      </Form.Item>
    );
  }
  if (field.type === 'boolean') {
    return (
      <Form.Item label={label} style={{ marginBottom: 10 }}>
        <Select
          allowClear
          value={typeof current === 'boolean' ? String(current) : undefined}
          options={[{ value: 'true', label: t('form.yes') }, { value: 'false', label: t('form.no') }]}
          onChange={(v: string | undefined) => onChange(v === undefined ? null : v === 'true')}
          data-testid="form-prop-default"
        />
      </Form.Item>
    );
  }
  if (isNumber) {
    return (
      <Form.Item label={label} style={{ marginBottom: 10 }}>
        <InputNumber
          key={keyOf('default', current)}
          defaultValue={typeof current === 'number' ? current : undefined}
          style={{ width: '100%' }}
          onBlur={(e) => {
            const parsed = parseLimit(e.target.value, false);
            if (parsed !== undefined && parsed !== (current ?? null)) onChange(parsed);
          }}
          data-testid="form-prop-default"
        />
      </Form.Item>
    );
  }
  if (field.type === 'string') {
    return (
      <Form.Item label={label} style={{ marginBottom: 10 }}>
        <Input
          key={keyOf('default', current)}
          defaultValue={typeof current === 'string' ? current : ''}
          placeholder={field.format === 'date' ? 'YYYY-MM-DD' : undefined}
          onBlur={(e) => {
            const v = e.target.value;
            if (v !== (current ?? '')) onChange(v === '' ? null : v);
          }}
          onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
          data-testid="form-prop-default"
        />
      </Form.Item>
    );
  }
  return null;
}

/** The choices of a select, radio or checkbox field: label and value per line, add and remove. */
function OptionsEditor({ options, disabled, onChange }: { options: FieldOption[]; disabled: boolean; onChange(next: FieldOption[]): void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<FieldOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const add = () => {
    const used = new Set(options.map((o) => o.value));
    let n = options.length + 1;
    while (used.has(`option${n}`)) n++;
    onChange([...options, { value: `option${n}`, label: t('form.prop.optionN', { n }) }]);
  };
  return (
    <Form.Item label={t('form.prop.options')} style={{ marginBottom: 10 }}>
      <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="form-prop-options">
        {options.map((o, i) => (
          <Space.Compact key={`${i}:${JSON.stringify(o)}`} style={{ width: '100%' }}>
            <Input
              defaultValue={o.label}
              placeholder={t('form.prop.optionLabel')}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v !== '' && v !== o.label) set(i, { label: v });
              }}
              onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
              data-testid={`form-option-label-${i}`}
            />
            <Input
              defaultValue={String(o.value)}
              placeholder={t('form.prop.optionValue')}
              disabled={disabled || typeof o.value !== 'string'}
              style={{ width: '40%', fontFamily: 'monospace' }}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v !== '' && v !== o.value && !options.some((x) => x.value === v)) set(i, { value: v });
              }}
              onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
              data-testid={`form-option-value-${i}`}
            />
            <Button danger disabled={disabled || options.length <= 1} onClick={() => onChange(options.filter((_, j) => j !== i))} data-testid={`form-option-remove-${i}`}>
              ×
            </Button>
          </Space.Compact>
        ))}
        {!disabled && (
          <Button size="small" onClick={add} data-testid="form-option-add">
            + {t('form.prop.optionAdd')}
          </Button>
        )}
      </Space>
    </Form.Item>
  );
}
