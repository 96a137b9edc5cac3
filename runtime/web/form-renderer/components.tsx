/**
 * The React widgets behind each name of `component-names.ts`: @formily/antd-v5's, plus three of
 * ours where the data model differs from antd's:
 * - `FileIds`: an attachment field's value is the list of uploaded file ids; the page supplies the
 *   upload (see {@link RendererServices}); without one (the designer's preview) it is a placeholder.
 * - `RegionCodeInput`: a 省市区 as a 6-digit administrative-division code when the page has no
 *   region tree for a Cascader.
 * - `Card`: a section (a void container) as an antd Card.
 * Every widget is wrapped by `withFieldName` and the `FormItem` decorator is `LabelledFormItem`
 * (`field-labels.tsx`): each field's widget gets an id and an accessible name from its label.
 */
import {
  ArrayItems, Cascader, Checkbox, DatePicker, FormGrid, FormItem, FormLayout, Input, NumberPicker, PreviewText, Radio, Select, Switch,
} from '@formily/antd-v5';
import { connect, mapReadPretty } from '@formily/react';
import { Button, Card as AntCard, Input as AntInput, Space, Typography, Upload } from 'antd';
import type { CascaderProps } from 'antd';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ComponentName } from './component-names.js';
import { LabelledFormItem, withFieldName } from './field-labels.js';
import type { RendererLang } from './format-validators.js';

/** What a page lends the renderer for the widgets that talk to the outside. */
export interface RendererServices {
  lang: RendererLang;
  /** Uploads a file and returns its id (what the form data keeps) and the name to show. */
  upload?: (file: File) => Promise<{ id: string; name: string }>;
  /** The name to show for a file id the form data already holds (e.g. after a reload). */
  fileName?: (id: string) => string | undefined;
  /** The 省/市/区 tree for Cascader fields (GB/T 2260 codes as values). */
  regions?: CascaderProps['options'];
}

export const RendererServicesContext = createContext<RendererServices>({ lang: 'zh-CN' });

const WORDS = {
  'zh-CN': { upload: '上传文件', noUpload: '预览中不能上传文件', region: '6位行政区划代码，如 610902', uploading: '上传中…', failed: '上传失败' },
  en: { upload: 'Upload a file', noUpload: 'Uploading is not available in the preview', region: '6-digit division code, e.g. 610902', uploading: 'Uploading…', failed: 'Upload failed' },
} as const;

interface ValueProps<T> {
  value?: T;
  onChange?: (value: T) => void;
  disabled?: boolean;
  readOnly?: boolean;
  multiple?: boolean;
  accept?: string;
  maxCount?: number;
  /** The field's id and accessible name (`withFieldName`). */
  id?: string;
  role?: string;
  'aria-labelledby'?: string;
  'aria-label'?: string;
}

/** The id and naming props of {@link ValueProps}, to pass on to the element that carries them. */
function namingOf(props: Pick<ValueProps<never>, 'id' | 'role' | 'aria-labelledby' | 'aria-label'>) {
  return { id: props.id, role: props.role, 'aria-labelledby': props['aria-labelledby'], 'aria-label': props['aria-label'] };
}

/** An attachment field: a list of file ids, uploaded through the page's `upload` service. */
function FileIdsEditor(props: ValueProps<string[]>) {
  const { value, onChange, disabled, multiple, accept, maxCount } = props;
  const services = useContext(RendererServicesContext);
  const words = WORDS[services.lang];
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const ids = Array.isArray(value) ? value : [];
  const full = maxCount !== undefined && ids.length >= maxCount;
  const upload = services.upload;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="file-ids" {...namingOf(props)}>
      {ids.map((id) => (
        <Space key={id}>
          <Typography.Text>{names[id] ?? services.fileName?.(id) ?? id}</Typography.Text>
          {!disabled && <Button size="small" type="link" onClick={() => onChange?.(ids.filter((x) => x !== id))}>×</Button>}
        </Space>
      ))}
      {upload === undefined ? (
        <Button disabled>{words.upload}<Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{words.noUpload}</Typography.Text></Button>
      ) : (
        <Upload
          multiple={multiple}
          accept={accept}
          showUploadList={false}
          disabled={disabled || busy || full}
          beforeUpload={(file) => {
            setBusy(true);
            setError(undefined);
            upload(file)
              .then(({ id, name }) => {
                setNames((n) => ({ ...n, [id]: name }));
                onChange?.([...ids, id]);
              })
              .catch(() => setError(words.failed))
              .finally(() => setBusy(false));
            return false;
          }}
        >
          <Button disabled={disabled || busy || full}>{busy ? words.uploading : words.upload}</Button>
        </Upload>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

function FileIdsPretty({ value }: ValueProps<string[]>) {
  const services = useContext(RendererServicesContext);
  const ids = Array.isArray(value) ? value : [];
  return <Typography.Text>{ids.length === 0 ? '—' : ids.map((id) => services.fileName?.(id) ?? id).join('、')}</Typography.Text>;
}

const FileIds = connect(FileIdsEditor, mapReadPretty(FileIdsPretty));

/** A region typed as one 6-digit code, kept as the one-element code list a Cascader would produce. */
function RegionCodeEditor(props: ValueProps<string[]>) {
  const { value, onChange, disabled } = props;
  const { lang } = useContext(RendererServicesContext);
  const text = Array.isArray(value) ? (value[value.length - 1] ?? '') : '';
  return (
    <AntInput
      {...namingOf(props)}
      value={text}
      disabled={disabled}
      maxLength={6}
      placeholder={WORDS[lang].region}
      onChange={(e) => {
        const code = e.target.value.replace(/\D/g, '');
        onChange?.(code === '' ? [] : [code]);
      }}
    />
  );
}

const RegionCodeInput = connect(
  RegionCodeEditor,
  mapReadPretty(({ value }: ValueProps<string[]>) => <Typography.Text>{Array.isArray(value) && value.length > 0 ? value.join(' / ') : '—'}</Typography.Text>),
);

/** A section: a titled card around its fields. */
function Card({ title, children }: { title?: ReactNode; children?: ReactNode }) {
  return (
    <AntCard size="small" title={title} style={{ marginBottom: 16 }}>
      {children}
    </AntCard>
  );
}

/** A Cascader fed with the page's region tree. */
function RegionCascader(props: Record<string, unknown>) {
  const { regions } = useContext(RendererServicesContext);
  const Widget = Cascader as unknown as (p: Record<string, unknown>) => ReactNode;
  return <Widget {...props} options={regions} />;
}

const named = withFieldName;
// `readPretty: true` for the widgets @formily/antd-v5 still draws (disabled) in a read-only form:
// Switch and Checkbox have no PreviewText, ArrayItems lists its rows' PreviewTexts.
const NamedInput = Object.assign(named(Input), { TextArea: named(Input.TextArea) });
const NamedDatePicker = Object.assign(named(DatePicker), { RangePicker: named(DatePicker.RangePicker) });
const NamedRadio = Object.assign(named(Radio), { Group: named(Radio.Group, { role: 'radiogroup' }) });
const NamedCheckbox = Object.assign(named(Checkbox, { readPretty: true }), { Group: named(Checkbox.Group, { role: 'group' }) });
// Only the parts the schema names are attached: ArrayItems itself is a memo object, so copying all
// its keys would copy its `type` over the wrapper's.
const NamedArrayItems = Object.assign(named(ArrayItems, { role: 'group', readPretty: true }), {
  Item: ArrayItems.Item, Remove: ArrayItems.Remove, Addition: ArrayItems.Addition, Index: ArrayItems.Index,
});

/**
 * Every widget by the name the Formily schema uses. Formily resolves a dotted name through its
 * prefix's object (`Radio.Group` is `Radio`'s `Group`), so the wrapped prefixes carry their wrapped parts.
 */
export const RENDERER_COMPONENTS: Record<ComponentName, unknown> = {
  Input: NamedInput,
  'Input.TextArea': NamedInput.TextArea,
  NumberPicker: named(NumberPicker),
  Switch: named(Switch, { readPretty: true }),
  DatePicker: NamedDatePicker,
  'DatePicker.RangePicker': NamedDatePicker.RangePicker,
  Select: named(Select),
  Radio: NamedRadio,
  'Radio.Group': NamedRadio.Group,
  Checkbox: NamedCheckbox,
  'Checkbox.Group': NamedCheckbox.Group,
  Cascader: named(RegionCascader),
  RegionCodeInput: named(RegionCodeInput),
  FileIds: named(FileIds, { role: 'group' }),
  ArrayItems: NamedArrayItems,
  'ArrayItems.Item': NamedArrayItems.Item,
  'ArrayItems.Remove': NamedArrayItems.Remove,
  'ArrayItems.Addition': NamedArrayItems.Addition,
  'ArrayItems.Index': NamedArrayItems.Index,
  Card,
  FormGrid,
  FormLayout,
  FormItem: LabelledFormItem,
};

export { PreviewText };
