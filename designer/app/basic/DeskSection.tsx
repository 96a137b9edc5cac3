/**
 * 受理与出件: 一次收件即受理 or 先收件后受理, the front desks (综合窗口) that may accept the matter,
 * and the co-implementing departments (共同实施部门, informed of each conclusion).
 * testids basic-intakeStages, basic-frontDesks, basic-coImplementingDepartments.
 */
import { Col, Form, Radio, Row, Select } from 'antd';
import { useI18n } from '../i18n';
import { setDepartmentList, setIntakeStages } from './desk-edits';
import type { SectionProps } from './section-props';

export function DeskSection({ definition: d, edit, departments }: SectionProps) {
  const { t } = useI18n();
  const named = (ids: readonly string[] | undefined, pool: typeof departments) => {
    const options = pool.filter((dep) => dep.id !== d.departmentId).map((dep) => ({ value: dep.id, label: dep.name }));
    for (const id of ids ?? []) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
    return options;
  };
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
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.frontDesks')} extra={t('basic.frontDesks.hint')}>
          <Select
            data-testid="basic-frontDesks"
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('basic.frontDesks.none')}
            value={d.frontDesks ?? []}
            options={named(d.frontDesks, departments.filter((dep) => dep.frontDesk))}
            onChange={(ids: string[]) => edit((x) => setDepartmentList(x, 'frontDesks', ids))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('basic.coImplementing')} extra={t('basic.coImplementing.hint')}>
          <Select
            data-testid="basic-coImplementingDepartments"
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('basic.list.empty')}
            value={d.coImplementingDepartments ?? []}
            options={named(d.coImplementingDepartments, departments)}
            onChange={(ids: string[]) => edit((x) => setDepartmentList(x, 'coImplementingDepartments', ids))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
