/**
 * 新建事项: the few guide elements a matter cannot exist without (name, type, department, code,
 * service objects, statutory and promised days). The code is suggested in the department's own
 * numbering and can be changed. On success the new draft opens in the editor.
 */
import { Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { MATTER_TYPES } from '../../catalog/matter-types.js';
import type { MatterType } from '../../schemas/types.generated.js';
import { ApiError, createMatter, type Department, type SessionUser, type WorkspaceMatter } from './api';
import { useI18n } from './i18n';
import { MATTER_CODE_PATTERN, newMatterDefinition, suggestMatterCode, type NewMatterInput } from './new-matter';
import { navigate } from './router';

interface Props {
  open: boolean;
  onClose(): void;
  user: SessionUser;
  departments: readonly Department[];
  existing: readonly WorkspaceMatter[];
}

type Values = Omit<NewMatterInput, 'typeCode'> & { typeCode: MatterType['code'] };

export function NewMatterModal({ open, onClose, user, departments, existing }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const fixedDepartment = user.role === 'editor' ? user.departmentId : undefined;

  useEffect(() => {
    if (!open) return;
    const departmentId = fixedDepartment ?? departments[0]?.id ?? '';
    form.setFieldsValue({
      name: '',
      typeCode: 'XK',
      departmentId,
      code: suggestMatterCode(existing, departmentId, 'XK'),
      serviceObjects: ['legal_person'],
      statutoryDays: 20,
      promisedDays: 10,
    });
    setError(undefined);
  }, [open, fixedDepartment, departments, existing, form]);

  const resuggest = () => {
    const { departmentId, typeCode } = form.getFieldsValue(['departmentId', 'typeCode']);
    if (departmentId && typeCode) form.setFieldValue('code', suggestMatterCode(existing, departmentId, typeCode));
  };

  const create = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await createMatter(newMatterDefinition({ ...values, name: values.name.trim() }), t('newMatter.summary'));
      onClose();
      navigate(`/matters/${encodeURIComponent(values.code)}`);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 409 ? t('newMatter.codeTaken') : t('error.generic', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('newMatter.title')}
      okText={t('newMatter.create')}
      onOk={() => void create()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'new-matter-ok' } as Record<string, string>}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={(changed: Partial<Values>) => ('departmentId' in changed || 'typeCode' in changed) && resuggest()}>
        <Form.Item name="name" label={t('newMatter.name')} rules={[{ required: true, whitespace: true, message: t('newMatter.nameRequired') }, { max: 200 }]}>
          <Input data-testid="new-matter-name" placeholder={t('newMatter.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="typeCode" label={t('newMatter.type')} rules={[{ required: true }]}>
          <Select data-testid="new-matter-type" options={MATTER_TYPES.map((mt) => ({ value: mt.code, label: mt.label }))} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('col.department')} rules={[{ required: true }]}>
          <Select data-testid="new-matter-department" disabled={!!fixedDepartment} showSearch optionFilterProp="label" options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('col.code')}
          extra={t('newMatter.codeHelp')}
          rules={[
            { required: true, message: t('newMatter.codeRequired') },
            { pattern: MATTER_CODE_PATTERN, message: t('newMatter.codePattern') },
            { validator: async (_, v: string) => (existing.some((m) => m.code === v) ? Promise.reject(new Error(t('newMatter.codeTaken'))) : undefined) },
          ]}
        >
          <Input data-testid="new-matter-code" />
        </Form.Item>
        <Form.Item name="serviceObjects" label={t('newMatter.objects')} rules={[{ required: true, type: 'array', min: 1, message: t('newMatter.objectsRequired') }]}>
          <Checkbox.Group
            data-testid="new-matter-objects"
            options={[
              { value: 'individual', label: t('newMatter.individual') },
              { value: 'legal_person', label: t('newMatter.legalPerson') },
            ]}
          />
        </Form.Item>
        <Form.Item name="statutoryDays" label={t('newMatter.statutory')} rules={[{ required: true }]}>
          <InputNumber data-testid="new-matter-statutory" min={0} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="promisedDays"
          label={t('newMatter.promised')}
          dependencies={['statutoryDays']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: async (_, v: number) => (v > getFieldValue('statutoryDays') ? Promise.reject(new Error(t('newMatter.promisedTooLong'))) : undefined),
            }),
          ]}
        >
          <InputNumber data-testid="new-matter-promised" min={0} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {error && (
        <div role="alert" style={{ color: '#cf1322' }} data-testid="new-matter-error">
          {error}
        </div>
      )}
    </Modal>
  );
}
