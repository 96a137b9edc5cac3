/** Step 5: everything once more (the form read-only through the same renderer), the declaration, and the server's problems by step. */
import { Alert, Button, Checkbox, Descriptions, List, Typography } from 'antd';
import { ApplicantForm } from '../../form-renderer';
import type { Applicant, Material, MatterDefinition } from '../../../../schemas/types.generated';
import type { MaterialEntry } from './application';
import { useApplyWords, type ApplyKey } from './messages';
import type { PlacedError, StepKey } from './submit-errors';

interface Props {
  def: MatterDefinition;
  situation: string | undefined;
  applicant: Applicant;
  answers: Record<string, unknown>;
  needed: readonly Material[];
  entries: Readonly<Record<string, MaterialEntry>>;
  agreed: boolean;
  onAgree(v: boolean): void;
  errors: readonly PlacedError[];
  firstBad: StepKey | undefined;
  onGoto(step: StepKey): void;
}

export function ReviewStep({ def, situation, applicant, answers, needed, entries, agreed, onAgree, errors, firstBad, onGoto }: Props) {
  const { w, lang } = useApplyWords();
  const how = (m: Material) => {
    const e = entries[m.id];
    if (!e) return '—';
    return e.mode === 'upload' ? w('apply.review.files', { n: e.files.length }) : w(`apply.materials.mode.${e.mode}`);
  };
  return (
    <div data-testid="apply-review">
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="apply-errors"
          message={w('apply.error.title')}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{w('apply.error.fix')}</Typography.Paragraph>
              <ul style={{ paddingLeft: 20, margin: 0 }}>
                {errors.map((e, i) => (
                  <li key={i} data-testid="apply-error">
                    {e.step !== 'review' && <Typography.Text strong>{w(`apply.step.${e.step}` as ApplyKey)}{e.target ? ` · ${labelOf(def, e, applicant, w)}` : ''}：</Typography.Text>}
                    {e.message}
                  </li>
                ))}
              </ul>
              {firstBad && firstBad !== 'review' && (
                <Button size="small" style={{ marginTop: 8 }} onClick={() => onGoto(firstBad)} data-testid="apply-error-goto">
                  {w('apply.error.goto')}
                </Button>
              )}
            </>
          }
        />
      )}
      <Typography.Title level={5}>{w('apply.review.heading')}</Typography.Title>
      <Descriptions bordered size="small" column={1} styles={{ label: { whiteSpace: 'nowrap' } }} items={[
        { key: 'matter', label: w('apply.review.matter'), children: def.name },
        ...(situation ? [{ key: 'situation', label: w('apply.review.situation'), children: def.situations.find((s) => s.id === situation)?.name ?? situation }] : []),
        { key: 'applicant', label: w('apply.review.applicant'), children: [applicant.name, applicant.idNumber, applicant.phone].filter(Boolean).join(' · ') },
      ]} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>{w('apply.review.form')}</Typography.Title>
      <ApplicantForm form={def.form} value={answers} readOnly lang={lang} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>{w('apply.review.materials')}</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={[...needed]}
        renderItem={(m) => (
          <List.Item data-testid={`apply-review-material-${m.id}`}>
            <Typography.Text style={{ flex: 1 }}>{m.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8, whiteSpace: 'nowrap' }}>{how(m)}</Typography.Text>
          </List.Item>
        )}
      />
      <Checkbox checked={agreed} onChange={(e) => onAgree(e.target.checked)} style={{ marginTop: 16 }} data-testid="apply-agree">
        {w('apply.review.agree')}
      </Checkbox>
    </div>
  );
}

const APPLICANT_LABEL: Record<string, ApplyKey> = {
  idNumber: 'apply.applicant.idNumber',
  idType: 'apply.applicant.idType',
  phone: 'apply.applicant.phone',
  email: 'apply.applicant.email',
  contact: 'apply.applicant.contact',
  kind: 'apply.applicant.kind',
};

function labelOf(def: MatterDefinition, e: PlacedError, applicant: Applicant, w: (k: ApplyKey) => string): string {
  if (e.step === 'applicant') return e.target === 'name' ? w(`apply.applicant.name.${applicant.kind}`) : APPLICANT_LABEL[e.target] ? w(APPLICANT_LABEL[e.target]!) : e.target;
  if (e.step === 'materials') return def.materials.find((m) => m.id === e.target)?.name ?? e.target;
  if (e.step === 'form') {
    const title = (def.form.properties?.[e.target.split('.')[0]!] as { title?: string } | undefined)?.title;
    return title ?? e.target;
  }
  return e.target;
}
