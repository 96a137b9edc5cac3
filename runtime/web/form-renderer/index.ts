/**
 * The applicant form renderer: a matter's form definition rendered with Formily + antd.
 * Self-contained (imports `schemas/` and `catalog/` only, never `designer/`), so the applicant
 * portal, the department workbench and the designer's live preview share it. See README.md.
 */
export { ApplicantForm, type ApplicantFormHandle, type ApplicantFormProps, type FormValues } from './ApplicantForm.js';
export { RendererServicesContext, type RendererServices } from './components.js';
export { fieldIds, FormIdContext, LabelledFormItem, withFieldName, type FieldIds, type FieldNameOptions, type FieldRole } from './field-labels.js';
export { COMPONENT_NAMES, isKnownComponent, type ComponentName } from './component-names.js';
export { formatValidator, type FormatValidator, type RendererLang } from './format-validators.js';
export { installNoEvalCompiler, noEvalCompile } from './no-eval-compiler.js';
export { choicesOf, componentOf, toFormilySchema, type MappingOptions } from './to-formily-schema.js';
export { visibilityReaction, type VisibilityTarget } from './visibility-reaction.js';
