/**
 * The application wizard: 情形 → 申请人 → 申请表 → 材料 → 确认. Each "next" checks its step and
 * says everything wrong at once; the materials list follows the situation and the answers live;
 * submitting sends one Idempotency-Key per distinct body, so a double click or a retry after a
 * network error never files twice; the server's 422 field errors are placed on their steps.
 */
import { Alert, Button, Card, Flex, Grid, Steps, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApplicantForm, type ApplicantFormHandle } from '../../form-renderer';
import { ApiError } from '../../shared/http';
import type { Applicant, MatterVersion } from '../../../../schemas/types.generated';
import { href, navigate } from '../router';
import { applicantProblems, emptyApplicant } from './applicant';
import { buildApplication, neededMaterials, optionalMaterials, unsettled, type MaterialEntry } from './application';
import { ApplicantStep } from './ApplicantStep';
import { MaterialsStep } from './MaterialsStep';
import { useApplyWords, type ApplyKey } from './messages';
import { newIdempotencyKey } from './new-key';
import { submitApplication, uploadFile, type Receipt } from './portal-api';
import { ReviewStep } from './ReviewStep';
import { clearDraft, loadDraft, saveDraft, sessionStore } from './saved-draft';
import { SituationStep } from './SituationStep';
import { firstStepWith, placeError, type PlacedError, type StepKey } from './submit-errors';

const EMPTY_ENTRY: MaterialEntry = { mode: 'upload', files: [] };

export function ApplyWizard({ matter, onFiled }: { matter: MatterVersion; onFiled(receipt: Receipt): void }) {
  const { w, lang } = useApplyWords();
  const def = matter.definition;
  const screens = Grid.useBreakpoint();
  const steps = useMemo<StepKey[]>(() => [...(def.situations.length > 0 ? (['situation'] as const) : []), 'applicant', 'form', 'materials', 'review'], [def]);
  // A reload of the tab resumes the application where it was (sessionStorage only).
  const [saved] = useState(() => loadDraft(sessionStore(), matter.code, matter.version));
  const [current, setCurrent] = useState(() => Math.min(Math.max(saved?.step ?? 0, 0), steps.length - 1));
  const [situation, setSituation] = useState<string | undefined>(() => (saved?.situation && def.situations.some((x) => x.id === saved.situation) ? saved.situation : undefined));
  const [applicant, setApplicant] = useState<Applicant>(() => saved?.applicant ?? emptyApplicant(def.serviceObjects[0] ?? 'individual'));
  const [answers, setAnswers] = useState<Record<string, unknown>>(() => saved?.answers ?? {});
  const [entries, setEntries] = useState<Record<string, MaterialEntry>>(() => saved?.entries ?? {});
  const [initialAnswers] = useState(() => saved?.answers);
  const [checked, setChecked] = useState<Partial<Record<StepKey, boolean>>>({});
  const [stepNotice, setStepNotice] = useState<string | undefined>();
  const [serverErrors, setServerErrors] = useState<PlacedError[]>([]);
  const [agreed, setAgreed] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const attempt = useRef<{ key: string; body: string } | undefined>(undefined);
  const formRef = useRef<ApplicantFormHandle>(null);
  const fileNames = useRef(new Map<string, string>());

  useEffect(() => {
    saveDraft(sessionStore(), matter.code, matter.version, { ...(situation ? { situation } : {}), applicant, answers, entries, step: current });
  }, [matter.code, matter.version, situation, applicant, answers, entries, current]);

  const needed = useMemo(() => neededMaterials(def, situation, answers), [def, situation, answers]);
  const optional = useMemo(() => optionalMaterials(def), [def]);
  const step = steps[current]!;

  const upload = useCallback(async (file: File) => {
    const stored = await uploadFile(file);
    fileNames.current.set(stored.id, stored.name);
    return { id: stored.id, name: stored.name };
  }, []);
  const fileName = useCallback((id: string) => fileNames.current.get(id), []);
  // Formily reports values while its fields render (defaults being set): updating this component
  // then is a React error, so the answers are taken a microtask later.
  const onAnswers = useCallback((values: Record<string, unknown>) => queueMicrotask(() => setAnswers(values)), []);
  const updateEntry = useCallback((id: string, change: (e: MaterialEntry) => MaterialEntry) => {
    setEntries((prev) => ({ ...prev, [id]: change(prev[id] ?? EMPTY_ENTRY) }));
  }, []);

  const go = (index: number) => {
    setStepNotice(undefined);
    setCurrent(index);
    window.scrollTo(0, 0);
  };

  /** Checks the current step; returns a message when it cannot be left. */
  const problemOf = async (key: StepKey): Promise<string | undefined> => {
    setChecked((c) => ({ ...c, [key]: true }));
    if (key === 'situation' && situation === undefined) return w('apply.situation.required');
    if (key === 'applicant' && Object.keys(applicantProblems(applicant)).length > 0) return w('apply.applicant.invalid');
    if (key === 'form' && (await formRef.current!.validate()).length > 0) return w('apply.form.invalid');
    if (key === 'materials') {
      const open = unsettled(needed, entries);
      if (open.length > 0) return w('apply.materials.unsettled', { n: open.length, names: open.map((m) => m.name).join('；') });
    }
    return undefined;
  };

  const next = async () => {
    const problem = await problemOf(step);
    if (problem) setStepNotice(problem);
    else go(current + 1);
  };

  const submit = async () => {
    if (!agreed) return setStepNotice(w('apply.review.mustAgree'));
    const body = buildApplication({ matterCode: matter.code, situation, applicant, answers, needed, optional, entries });
    const json = JSON.stringify(body);
    // The same body keeps its key (a retry is answered with the first receipt); a changed one gets a new key.
    if (attempt.current?.body !== json) attempt.current = { key: newIdempotencyKey(), body: json };
    setSubmitting(true);
    setStepNotice(undefined);
    try {
      const receipt = await submitApplication(body, attempt.current.key);
      clearDraft(sessionStore(), matter.code, matter.version);
      onFiled(receipt);
    } catch (err) {
      const placed = toPlaced(err, w);
      setServerErrors(placed);
      for (const e of placed.filter((p) => p.step === 'form' && p.target)) {
        formRef.current?.formily.setFieldState(e.target, (s) => {
          s.selfErrors = [e.message];
        });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const gotoStep = (key: StepKey) => go(Math.max(0, steps.indexOf(key)));
  const firstBad = firstStepWith(serverErrors, steps);

  return (
    <Card style={{ maxWidth: 920, margin: '0 auto' }} styles={{ body: { padding: screens.sm ? 24 : 12 } }}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="apply-matter-name">
          {w('apply.title')}：{def.name}
        </Typography.Title>
        <Typography.Link href={href(`/matters/${encodeURIComponent(matter.code)}`)} onClick={(e) => { e.preventDefault(); navigate(`/matters/${encodeURIComponent(matter.code)}`); }}>
          {w('apply.backToGuide')}
        </Typography.Link>
      </Flex>
      {screens.md ? (
        <Steps size="small" current={current} style={{ margin: '20px 0' }} items={steps.map((s, i) => ({ title: w(`apply.step.${s}` as ApplyKey), disabled: i >= current }))} onChange={(i) => i < current && go(i)} />
      ) : (
        <Typography.Paragraph strong style={{ margin: '12px 0' }} data-testid="apply-step-title">
          {current + 1}/{steps.length} · {w(`apply.step.${step}` as ApplyKey)}
        </Typography.Paragraph>
      )}
      {stepNotice && <Alert type="error" showIcon message={stepNotice} style={{ marginBottom: 16 }} data-testid="apply-step-error" />}

      {step === 'situation' && <SituationStep situations={def.situations} value={situation} onChange={(s) => { setSituation(s); setStepNotice(undefined); }} />}
      {step === 'applicant' && <ApplicantStep value={applicant} onChange={(a) => { setApplicant(a); setStepNotice(undefined); }} showProblems={checked.applicant === true} serverErrors={serverErrors} />}
      {/* The form stays mounted (hidden on other steps): its answers and Formily state live on. */}
      <div style={{ display: step === 'form' ? 'block' : 'none' }} data-testid="apply-form">
        <Typography.Paragraph type="secondary">{w('apply.form.hint')}</Typography.Paragraph>
        <ApplicantForm ref={formRef} form={def.form} value={initialAnswers} onChange={onAnswers} lang={lang} upload={upload} fileName={fileName} />
      </div>
      {step === 'materials' && <MaterialsStep needed={needed} optional={optional} entries={entries} onEntry={updateEntry} showProblems={checked.materials === true} serverErrors={serverErrors} />}
      {step === 'review' && (
        <ReviewStep
          def={def}
          situation={situation}
          applicant={applicant}
          answers={answers}
          needed={needed}
          entries={entries}
          agreed={agreed}
          onAgree={setAgreed}
          errors={serverErrors}
          onGoto={gotoStep}
          firstBad={firstBad}
        />
      )}

      <Flex justify="space-between" gap={12} style={{ marginTop: 24 }}>
        <Button onClick={() => go(current - 1)} disabled={current === 0 || submitting} data-testid="apply-prev" size="large">
          {w('apply.prev')}
        </Button>
        {step === 'review' ? (
          <Button type="primary" size="large" loading={submitting} onClick={() => void submit()} data-testid="apply-submit">
            {w('apply.submit')}
          </Button>
        ) : (
          <Button type="primary" size="large" onClick={() => void next()} data-testid="apply-next">
            {w('apply.next')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

function toPlaced(err: unknown, w: (k: ApplyKey) => string): PlacedError[] {
  if (err instanceof ApiError) {
    if (err.status === 0) return [{ step: 'review', target: '', message: w('apply.error.network') }];
    if (err.status === 429) return [{ step: 'review', target: '', message: w('apply.error.rate') }];
    if (err.details.length > 0) return err.details.map(placeError);
    return [{ step: 'review', target: '', message: err.message }];
  }
  return [{ step: 'review', target: '', message: (err as Error).message }];
}
