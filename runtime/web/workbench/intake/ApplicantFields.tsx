/** Who brought the application to the window: kind, name, identity number by its type, phone; checked as the portal checks them. */
import { Form, Input, Radio, Select } from 'antd';
import type { Applicant } from '../../../../schemas/types.generated.js';
import { applicantProblems, defaultIdType, idTypesOf, type ApplicantField } from '../../portal/apply/applicant';
import { useT } from '../i18n';

export function ApplicantFields({ value, onChange, showProblems }: { value: Applicant; onChange(a: Applicant): void; showProblems: boolean }) {
  const t = useT();
  const problems = showProblems ? applicantProblems(value) : {};
  const help = (f: ApplicantField) => (problems[f] ? t(`intake.applicant.err.${problems[f]}`) : undefined);
  const status = (f: ApplicantField) => (problems[f] ? ('error' as const) : undefined);
  const set = (patch: Partial<Applicant>) => onChange({ ...value, ...patch });
  return (
    <Form layout="vertical" component="div" data-testid="intake-applicant">
      <Form.Item label={t('intake.applicant.kind')}>
        <Radio.Group
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as Applicant['kind'], idType: defaultIdType(e.target.value as Applicant['kind']) })}
          options={(['legal_person', 'individual'] as const).map((k) => ({ value: k, label: t(`applicant.${k}`) }))}
          data-testid="intake-applicant-kind"
        />
      </Form.Item>
      <Form.Item label={t(`intake.applicant.name.${value.kind}`)} htmlFor="intake-applicant-name" required validateStatus={status('name')} help={help('name')}>
        <Input id="intake-applicant-name" value={value.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} data-testid="intake-applicant-name" />
      </Form.Item>
      <Form.Item label={t('intake.applicant.idType')} htmlFor="intake-applicant-id-type" required>
        <Select
          id="intake-applicant-id-type"
          value={value.idType}
          onChange={(idType) => set({ idType })}
          options={idTypesOf(value.kind).map((k) => ({ value: k, label: t(`intake.applicant.idType.${k}`) }))}
          data-testid="intake-applicant-id-type"
        />
      </Form.Item>
      <Form.Item label={t('case.idNumber')} htmlFor="intake-applicant-id" required validateStatus={status('idNumber')} help={help('idNumber')}>
        <Input id="intake-applicant-id" value={value.idNumber} maxLength={64} onChange={(e) => set({ idNumber: e.target.value })} data-testid="intake-applicant-id" />
      </Form.Item>
      <Form.Item label={t('case.phone')} htmlFor="intake-applicant-phone" required validateStatus={status('phone')} help={help('phone')}>
        <Input id="intake-applicant-phone" value={value.phone} maxLength={20} inputMode="tel" onChange={(e) => set({ phone: e.target.value })} data-testid="intake-applicant-phone" />
      </Form.Item>
    </Form>
  );
}
