/**
 * 受理与出件: 一次收件即受理 or 先收件后受理, the front desks (综合窗口) that may accept the matter,
 * and the co-implementing departments (共同实施部门, informed of each conclusion).
 * testids basic-intakeStages, basic-frontDesks, basic-coImplementingDepartments.
 */
import { Col, Form, Radio, Row, Select } from 'antd';
import { useI18n } from '../i18n';
import { setDepartmentList, setIntakeStages, type DepartmentListKey } from './desk-edits';
import type { SectionProps } from './section-props';

export function DeskSection({ definition: d, edit, departments }: SectionProps) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item label={t('basic.intakeStages')} extra={t(d.intakeStages === 'two' ? 'basic.intake.two.hint' : 'basic.intake.one.hint')}>
          <Radio.Group
            data-testid="basic-intakeStages"
            value={d.intakeStages ?? 'one'}
            optionType="button"
            options={(['one', 'two'] as const).map((v) => ({ value: v, label: t(`basic.intake.${v}`) }))}
            onChange={(e) => edit((x) => setIntakeStages(x, e.target.value))}
          />
        </Form.Item>
      </Col>
      <DepartmentListField
        field="frontDesks"
        label={t('basic.frontDesks')}
        hint={t('basic.frontDesks.hint')}
        placeholder={t('basic.frontDesks.none')}
        pool={departments.filter((dep) => dep.frontDesk)}
        definition={d}
        edit={edit}
      />
      <DepartmentListField
        field="coImplementingDepartments"
        label={t('basic.coImplementing')}
        hint={t('basic.coImplementing.hint')}
        placeholder={t('basic.list.empty')}
        pool={departments}
        definition={d}
        edit={edit}
      />
    </Row>
  );
}

/**
 * A half-width multiple choice of departments from `pool` (the matter's own department left out; an
 * id no longer in the pool stays, shown as itself), stored as the definition's list `field`.
 * testid `basic-<field>`.
 */
function DepartmentListField({
  field,
  label,
  hint,
  placeholder,
  pool,
  definition: d,
  edit,
}: {
  field: DepartmentListKey;
  label: string;
  hint: string;
  placeholder: string;
  pool: SectionProps['departments'];
  definition: SectionProps['definition'];
  edit: SectionProps['edit'];
}) {
  const ids = d[field];
  const options = pool.filter((dep) => dep.id !== d.departmentId).map((dep) => ({ value: dep.id, label: dep.name }));
  for (const id of ids ?? []) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
  return (
    <Col xs={24} md={12}>
      <Form.Item label={label} extra={hint}>
        <Select
          data-testid={`basic-${field}`}
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={placeholder}
          value={ids ?? []}
          options={options}
          onChange={(next: string[]) => edit((x) => setDepartmentList(x, field, next))}
        />
      </Form.Item>
    </Col>
  );
}
