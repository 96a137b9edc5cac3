/** 事项要素: name, code, type, department, implementing body, level, service objects, scope. */
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { MATTER_TYPES } from '../../../catalog/matter-types.js';
import { useI18n } from '../i18n';
import { CommitInput, CommitTextArea } from './CommitInput';
import { setDepartment, setExerciseLevel, setName, setServiceObjects, setText, setType, type ExerciseLevel, type ServiceObject } from './guide-edits';
import type { SectionProps } from './section-props';

const LEVELS: readonly ExerciseLevel[] = ['national', 'provincial', 'city', 'county', 'township'];
const OBJECTS: readonly ServiceObject[] = ['legal_person', 'individual'];

export function GeneralSection({ definition: d, readOnly, edit, departments, lockDepartment }: SectionProps) {
  const { t } = useI18n();
  const departmentOptions = departments.map((dep) => ({ value: dep.id, label: dep.name }));
  if (!departments.some((dep) => dep.id === d.departmentId)) departmentOptions.unshift({ value: d.departmentId, label: d.departmentId });
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.name')} required>
          <CommitInput data-testid="basic-name" value={d.name} maxLength={200} onCommit={(v) => edit((x) => setName(x, v))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.code')}>
          <Input data-testid="basic-code" value={d.code} readOnly variant="filled" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.type')} required>
          <Select
            data-testid="basic-type"
            value={d.type.code}
            options={MATTER_TYPES.map((mt) => ({ value: mt.code, label: mt.label }))}
            onChange={(code: string) => edit((x) => setType(x, code))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.departmentId')} required>
          <Select
            data-testid="basic-departmentId"
            disabled={lockDepartment}
            value={d.departmentId}
            showSearch
            optionFilterProp="label"
            options={departmentOptions}
            onChange={(id: string) => edit((x) => setDepartment(x, id))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('basic.exerciseLevel')}>
          <Select
            data-testid="basic-exerciseLevel"
            value={d.exerciseLevel}
            allowClear
            options={LEVELS.map((l) => ({ value: l, label: t(`basic.level.${l}`) }))}
            onChange={(level: ExerciseLevel | undefined) => edit((x) => setExerciseLevel(x, level))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.implementingBody')}>
          <CommitInput data-testid="basic-implementingBody" value={d.implementingBody} maxLength={200} onCommit={(v) => edit((x) => setText(x, 'implementingBody', v))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.serviceObjects')} required>
          <Checkbox.Group
            data-testid="basic-serviceObjects"
            value={d.serviceObjects}
            options={OBJECTS.map((o) => {
              // At least one is required: the last one checked cannot be unchecked. An explicit `disabled`
              // overrides the form's, hence readOnly here too.
              const last = d.serviceObjects.length === 1 && d.serviceObjects[0] === o;
              return { value: o, label: t(`basic.object.${o}`), disabled: readOnly || last, title: last ? t('basic.serviceObjects.hint') : undefined };
            })}
            onChange={(v) => edit((x) => setServiceObjects(x, v as ServiceObject[]))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label={t('basic.scope')}>
          <CommitTextArea data-testid="basic-scope" value={d.scope} maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} onCommit={(v) => edit((x) => setText(x, 'scope', v))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
