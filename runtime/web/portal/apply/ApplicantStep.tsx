/** Step 2: who applies — kind, name, identity number (by its type) and phone, checked as typed once tried. */
import { Form, Input, Radio, Select } from 'antd';
import type { Applicant } from '../../../../schemas/types.generated';
import { applicantProblems, defaultIdType, idTypesOf, type ApplicantField } from './applicant';
import { useApplyWords, type ApplyKey } from './messages';
import type { PlacedError } from './submit-errors';

interface Props {
  value: Applicant;
  onChange(a: Applicant): void;
  /** Show the problems (after the applicant tried to go on). */
  showProblems: boolean;
  serverErrors: readonly PlacedError[];
}

export function ApplicantStep({ value, onChange, showProblems, serverErrors }: Props) {
  const { w } = useApplyWords();
  const problems = showProblems ? applicantProblems(value) : {};
  const help = (f: ApplicantField) => {
    const p = problems[f];
    if (p) return w(`apply.err.${p}` as ApplyKey);
    return serverErrors.find((e) => e.step === 'applicant' && e.target === f)?.message;
  };
  const status = (f: ApplicantField) => (help(f) ? ('error' as const) : undefined);
  const set = (patch: Partial<Applicant>) => onChange({ ...value, ...patch });

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={w('apply.applicant.kind')}>
        <Radio.Group
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as Applicant['kind'], idType: defaultIdType(e.target.value as Applicant['kind']) })}
          options={(['legal_person', 'individual'] as const).map((k) => ({ value: k, label: w(`apply.applicant.kind.${k}`) }))}
          data-testid="apply-applicant-kind"
        />
      </Form.Item>
      <Form.Item label={w(`apply.applicant.name.${value.kind}`)} required validateStatus={status('name')} help={help('name')}>
        <Input value={value.name} maxLength={200} onChange={(e) => set({ name: e.target.value })} data-testid="apply-applicant-name" autoComplete="name" />
      </Form.Item>
      <Form.Item label={w('apply.applicant.idType')} required>
        <Select
          value={value.idType}
          onChange={(idType) => set({ idType })}
          options={idTypesOf(value.kind).map((t) => ({ value: t, label: w(`apply.applicant.idType.${t}`) }))}
          data-testid="apply-applicant-id-type"
        />
      </Form.Item>
      <Form.Item label={w('apply.applicant.idNumber')} required validateStatus={status('idNumber')} help={help('idNumber')}>
        <Input value={value.idNumber} maxLength={64} onChange={(e) => set({ idNumber: e.target.value })} data-testid="apply-applicant-id" />
      </Form.Item>
      <Form.Item label={w('apply.applicant.phone')} required validateStatus={status('phone')} help={help('phone')}>
        <Input value={value.phone} maxLength={20} inputMode="tel" onChange={(e) => set({ phone: e.target.value })} data-testid="apply-applicant-phone" autoComplete="tel" />
      </Form.Item>
      <Form.Item label={w('apply.applicant.email')} validateStatus={status('email')} help={help('email')}>
        <Input value={value.email ?? ''} maxLength={200} inputMode="email" onChange={(e) => set({ email: e.target.value })} data-testid="apply-applicant-email" />
      </Form.Item>
      <Form.Item label={w('apply.applicant.contact')}>
        <Input value={value.contact ?? ''} maxLength={100} onChange={(e) => set({ contact: e.target.value })} data-testid="apply-applicant-contact" />
      </Form.Item>
    </Form>
  );
}
