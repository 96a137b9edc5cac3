import { formFields, type FormFieldInfo } from '../form/form-fields.js';
import type { FlowNode, MatterDefinition } from '../../schemas/types.generated.js';
import { changedFields, diffById, type FieldChange, type ItemDiff } from './item-diff.js';
import { matterMetrics, type MatterMetrics } from './matter-metrics.js';

/** One figure before and after. */
export interface MetricChange {
  before: number;
  after: number;
  /** after − before. */
  change: number;
  /** (before − after) / before × 100, to 1 decimal: positive means fewer or shorter; null when before is 0. */
  reductionPercent: number | null;
}

/**
 * The figures compared, with how the summary names them: every numeric metric but `promiseRatio`,
 * which follows from the two deadlines. `reductionPercent` is plain arithmetic: for online depth
 * and the deferrable, waivable and shared material counts, a rise is the simplification.
 */
const METRICS = {
  steps: { label: 'Steps', unit: '', of: (m: MatterMetrics) => m.steps },
  criticalPathSteps: { label: 'Steps on the critical path', unit: '', of: (m: MatterMetrics) => m.criticalPathSteps },
  criticalPathDays: { label: 'Critical path after acceptance', unit: ' working days', of: (m: MatterMetrics) => m.criticalPathDays },
  departments: { label: 'Departments', unit: '', of: (m: MatterMetrics) => m.departmentCount },
  materials: { label: 'Materials', unit: '', of: (m: MatterMetrics) => m.materials.total },
  requiredMaterials: { label: 'Required materials', unit: '', of: (m: MatterMetrics) => m.materials.required },
  conditionalMaterials: { label: 'Conditional materials', unit: '', of: (m: MatterMetrics) => m.materials.conditional },
  optionalMaterials: { label: 'Optional materials', unit: '', of: (m: MatterMetrics) => m.materials.optional },
  deferrableMaterials: { label: 'Deferrable materials (容缺)', unit: '', of: (m: MatterMetrics) => m.materials.deferrable },
  waivableMaterials: { label: 'Materials waived by commitment (告知承诺)', unit: '', of: (m: MatterMetrics) => m.materials.waivable },
  sharedMaterials: { label: 'Materials from the shared library', unit: '', of: (m: MatterMetrics) => m.materials.shared },
  promisedDays: { label: 'Promised deadline', unit: ' working days', of: (m: MatterMetrics) => m.promisedDays },
  statutoryDays: { label: 'Statutory deadline', unit: ' working days', of: (m: MatterMetrics) => m.statutoryDays },
  onSiteVisits: { label: 'On-site visits', unit: '', of: (m: MatterMetrics) => m.onSiteVisits },
  onlineDepth: { label: 'Online depth', unit: '', of: (m: MatterMetrics) => m.onlineDepth },
  formFields: { label: 'Form fields', unit: '', of: (m: MatterMetrics) => m.formFields },
  parallelForks: { label: 'Parallel forks', unit: '', of: (m: MatterMetrics) => m.parallelForks },
} as const;

/** The name of a compared figure, the key of `VersionComparison.metrics`. */
export type ComparedMetric = keyof typeof METRICS;

/** The simplification report between two versions of a matter. */
export interface VersionComparison {
  metrics: Record<ComparedMetric, MetricChange>;
  materials: ItemDiff;
  /** Step nodes of the flow. */
  steps: ItemDiff;
  /** Form data fields, by path. */
  fields: ItemDiff;
  situations: ItemDiff;
  /** Service-guide elements (every top-level element but code, situations, materials, form and flow) that changed. */
  guide: FieldChange[];
  /** One plain English line per change, figures first, for the version's change summary. */
  summary: string[];
}

const MATERIAL_FIELDS = ['name', 'libraryId', 'requirement', 'condition', 'deferrable', 'waivableByCommitment', 'form', 'count', 'medium', 'fileTypes', 'source', 'note'];
const STEP_FIELDS = ['name', 'departmentId', 'deadlineDays', 'mode', 'checksMaterials'];
const FORM_FIELDS = ['title', 'type', 'required', 'x-visible-when'];
const SITUATION_FIELDS = ['name', 'description'];
/** Guide elements in the order the service guide prints them; unknown future elements follow, sorted. */
const GUIDE_ORDER = [
  'name', 'type', 'departmentId', 'implementingBody', 'exerciseLevel', 'serviceObjects', 'scope', 'legalBasis',
  'acceptanceConditions', 'handlingType', 'statutoryDays', 'promisedDays', 'fees', 'onSiteVisits', 'onlineDepth',
  'windows', 'consultPhone', 'complaintPhone', 'result', 'keywords', 'themes',
];
const NOT_GUIDE = new Set(['schemaVersion', 'code', 'situations', 'materials', 'form', 'flow']);

/**
 * Compares two versions of a matter: every metric with its reduction, and what was added, removed
 * or changed among materials, steps, form fields and situations (matched by immutable id, or by
 * data path for fields), plus the service-guide elements that changed. This is the report the
 * simplification campaign is judged by, and the draft's suggested change summary.
 *
 * @example
 * const report = compareVersions(v1, v2);
 * report.metrics.promisedDays // { before: 10, after: 6, change: -4, reductionPercent: 40 }
 * report.summary[0]           // 'Steps: 4 → 3 (-25%)'
 */
export function compareVersions(from: MatterDefinition, to: MatterDefinition): VersionComparison {
  const before = matterMetrics(from);
  const after = matterMetrics(to);
  const metrics = Object.fromEntries(
    (Object.keys(METRICS) as ComparedMetric[]).map((k) => [k, metricChange(METRICS[k].of(before), METRICS[k].of(after))]),
  ) as Record<ComparedMetric, MetricChange>;
  const stepsOf = (def: MatterDefinition): FlowNode[] => def.flow.nodes.filter((n) => n.kind === 'step');
  const comparison: Omit<VersionComparison, 'summary'> = {
    metrics,
    materials: diffById(from.materials, to.materials, (m) => m.id, (m) => m.name, MATERIAL_FIELDS),
    steps: diffById(stepsOf(from), stepsOf(to), (n) => n.id, (n) => n.name, STEP_FIELDS),
    fields: diffById(formFields(from.form), formFields(to.form), (f) => f.path, (f) => f.field.title ?? f.path, FORM_FIELDS, fieldValue),
    situations: diffById(from.situations, to.situations, (s) => s.id, (s) => s.name, SITUATION_FIELDS),
    guide: changedFields(from, to, guideElements(from, to), (def, key) => (def as unknown as Record<string, unknown>)[key]),
  };
  return { ...comparison, summary: summarize(comparison) };
}

/** Change, and reduction to 1 decimal (never -0). */
export function metricChange(before: number, after: number): MetricChange {
  const reduction = before === 0 ? null : Math.round(((before - after) / before) * 1000) / 10;
  return { before, after, change: after - before, reductionPercent: reduction === null ? null : reduction + 0 };
}

function fieldValue(f: FormFieldInfo, key: string): unknown {
  if (key === 'required') return f.required;
  if (key === 'type') return f.type;
  return (f.field as Record<string, unknown>)[key];
}

function guideElements(from: MatterDefinition, to: MatterDefinition): string[] {
  const present = new Set([...Object.keys(from), ...Object.keys(to)].filter((k) => !NOT_GUIDE.has(k)));
  const known = GUIDE_ORDER.filter((k) => present.has(k));
  return [...known, ...[...present].filter((k) => !GUIDE_ORDER.includes(k)).sort()];
}

/**
 * 1. Each metric that changed: `Label: before → after unit (-x%)`.
 * 2. Each changed guide element that is not already a metric.
 * 3. Per kind (situations, materials, steps, form fields): removed, added, then changed items with
 *    what changed in them.
 */
function summarize(c: Omit<VersionComparison, 'summary'>): string[] {
  const lines: string[] = [];
  // 1. Metrics.
  for (const key of Object.keys(METRICS) as ComparedMetric[]) {
    const { before, after, reductionPercent } = c.metrics[key];
    if (before === after) continue;
    const percent = reductionPercent === null ? '' : ` (${reductionPercent > 0 ? '-' : '+'}${Math.abs(reductionPercent)}%)`;
    lines.push(`${METRICS[key].label}: ${before} → ${after}${METRICS[key].unit}${percent}`);
  }
  // 2. Guide.
  for (const g of c.guide) if (!(g.field in METRICS)) lines.push(`Guide ${g.field}: ${show(g.before)} → ${show(g.after)}`);
  // 3. Items.
  const kinds: Array<[string, ItemDiff]> = [['situation', c.situations], ['material', c.materials], ['step', c.steps], ['form field', c.fields]];
  for (const [kind, diff] of kinds) {
    for (const r of diff.removed) lines.push(`Removed ${kind} ${r.name} (${r.id})`);
    for (const a of diff.added) lines.push(`Added ${kind} ${a.name} (${a.id})`);
    for (const ch of diff.changed) {
      lines.push(`Changed ${kind} ${ch.name} (${ch.id}): ${ch.fields.map((f) => `${f.field} ${show(f.before)} → ${show(f.after)}`).join('; ')}`);
    }
  }
  return lines;
}

/** A value as a short readable token: JSON up to 60 characters; a longer list by its length, anything else cut. */
function show(v: unknown): string {
  if (v === undefined) return '(none)';
  const text = JSON.stringify(v);
  if (text.length <= 60) return text;
  return Array.isArray(v) ? `[${v.length} item${v.length === 1 ? '' : 's'}]` : `${text.slice(0, 57)}...`;
}
