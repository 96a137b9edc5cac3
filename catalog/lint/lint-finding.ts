/**
 * One finding of the matter lint. Errors block publication (422 LINT_FAILED); warnings are advice.
 * `rule` is a stable id (e.g. `flow.unreachable`) the designer uses to place the finding on the node,
 * edge, material or field it concerns.
 */
export interface LintFinding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  /** JSON Pointer into the matter definition, e.g. /flow/nodes/3. */
  path?: string;
  nodeId?: string;
  edgeId?: string;
  materialId?: string;
  field?: string;
}

/** What the lint needs to know beyond the definition itself. */
export interface LintContext {
  /** Departments that exist in the catalogue. */
  departmentIds: ReadonlySet<string>;
  /** Shared library material ids that exist. */
  sharedMaterialIds: ReadonlySet<string>;
  /**
   * Names a condition may reference: the form's field paths (dotted for nested objects) plus the
   * built-ins `situation` and `applicant.kind`. Computed by lint.ts from the form.
   */
  fieldNames: ReadonlySet<string>;
}

export interface LintReport {
  ok: boolean;
  errors: LintFinding[];
  warnings: LintFinding[];
}
