/**
 * `<ApplicantForm>`: renders a matter's application form to an applicant with Formily + antd, the
 * one renderer shared by the applicant portal and the designer's live preview, so what the
 * designer shows is what applicants get.
 *
 * @example
 * const ref = useRef<ApplicantFormHandle>(null);
 * <ApplicantForm form={matter.form} onChange={setAnswers} ref={ref} />
 * const data = await ref.current!.submit(); // rejects with the field errors when invalid
 */
import { createForm, onFormValuesChange, setValidateLanguage, type Form, type IFormFeedback } from '@formily/core';
import { FormLayout } from '@formily/antd-v5';
import { createSchemaField, FormProvider } from '@formily/react';
import { toJS } from '@formily/reactive';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { forwardRef, useEffect, useId, useImperativeHandle, useMemo, useRef } from 'react';
import type { FormDefinition } from '../../../schemas/types.generated.js';
import { RENDERER_COMPONENTS, RendererServicesContext, type RendererServices } from './components.js';
import { FormIdContext } from './field-labels.js';
import type { RendererLang } from './format-validators.js';
import { installNoEvalCompiler } from './no-eval-compiler.js';
import { toFormilySchema } from './to-formily-schema.js';

installNoEvalCompiler();

export type FormValues = Record<string, unknown>;

export interface ApplicantFormProps {
  /** The matter's form definition. A new object re-renders the form, keeping the answers given so far. */
  form: FormDefinition;
  /** Answers to start from (or to replace the current ones with, when a different object is passed). */
  value?: FormValues;
  /** Called with a plain copy of the answers after every change; hidden fields are not in it. */
  onChange?: (values: FormValues) => void;
  /** Shows the answers as text (a case's application, a read-only preview). */
  readOnly?: boolean;
  lang?: RendererLang;
  /** File upload and names for 附件 fields; without it they show a placeholder. */
  upload?: RendererServices['upload'];
  fileName?: RendererServices['fileName'];
  /** 省/市/区 tree for address fields; without it the region is typed as a 6-digit code. */
  regions?: RendererServices['regions'];
}

export interface ApplicantFormHandle {
  /** The Formily form, for pages that need more (e.g. `setFieldState`). */
  readonly formily: Form;
  /** Validates every shown field; resolves to the errors (empty when valid). */
  validate(): Promise<IFormFeedback[]>;
  /** Validates, then resolves to a plain copy of the answers; rejects with the errors when invalid. */
  submit(): Promise<FormValues>;
}

const SchemaField = createSchemaField({ components: RENDERER_COMPONENTS as Record<string, never> });

export const ApplicantForm = forwardRef<ApplicantFormHandle, ApplicantFormProps>(function ApplicantForm(props, ref) {
  const { form: definition, value, onChange, readOnly = false, lang = 'zh-CN', upload, fileName, regions } = props;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  /** The answers as last seen, carried into a new Formily form when the definition changes. */
  const latest = useRef<FormValues>(value ?? {});
  const emitted = useRef<FormValues | undefined>(undefined);
  /** The prefix of this form's field ids (`field-labels.tsx`): React's `:r1:` without the colons. */
  const idPrefix = `mf-${useId().replace(/:/g, '')}`;

  const formily = useMemo(
    () =>
      createForm({
        values: structuredClone(latest.current),
        readPretty: readOnly,
        effects() {
          onFormValuesChange((f) => {
            const values = toJS(f.values) as FormValues;
            latest.current = values;
            emitted.current = values;
            onChangeRef.current?.(values);
          });
        },
      }),
    // A new definition gets a new Formily form (fields and reactions are built from the schema once);
    // readOnly is applied below without rebuilding.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [definition],
  );

  useEffect(() => {
    formily.readPretty = readOnly;
  }, [formily, readOnly]);

  useEffect(() => {
    // Only an outside value replaces the answers; our own onChange echoed back must not reset typing.
    if (value === undefined || value === emitted.current || value === latest.current) return;
    latest.current = value;
    formily.setValues(structuredClone(value), 'overwrite');
  }, [formily, value]);

  useEffect(() => {
    setValidateLanguage(lang === 'en' ? 'en-US' : 'zh-CN');
  }, [lang]);

  const schema = useMemo(() => toFormilySchema(definition, { lang, hasRegions: regions !== undefined }), [definition, lang, regions]);
  const services = useMemo<RendererServices>(() => ({ lang, upload, fileName, regions }), [lang, upload, fileName, regions]);

  useImperativeHandle(
    ref,
    () => ({
      formily,
      async validate() {
        try {
          await formily.validate();
          return [];
        } catch (errors) {
          return Array.isArray(errors) ? (errors as IFormFeedback[]) : [];
        }
      },
      async submit() {
        await formily.submit();
        return toJS(formily.values) as FormValues;
      },
    }),
    [formily],
  );

  return (
    // Its own antd locale (the ES module: a page's CommonJS `antd/locale/*` import may arrive wrapped
    // in `default` and leave pickers in English); theme and the rest are inherited from the page.
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN}>
      <RendererServicesContext.Provider value={services}>
        <FormIdContext.Provider value={idPrefix}>
          <FormProvider form={formily}>
            {/* The class marks the renderer's own part of a page (a page's axe check scopes to it). */}
            <FormLayout layout="vertical" feedbackLayout="terse" labelWrap className="mf-applicant-form">
              <SchemaField schema={schema} />
            </FormLayout>
          </FormProvider>
        </FormIdContext.Provider>
      </RendererServicesContext.Provider>
    </ConfigProvider>
  );
});
