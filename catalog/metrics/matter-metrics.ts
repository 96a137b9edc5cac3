import { buildFlowGraph, outgoingOf } from '../flow/flow-graph.js';
import { formFields } from '../form/form-fields.js';
import type { MatterDefinition } from '../../schemas/types.generated.js';
import { promisePath } from './promise-path.js';

/** How a matter's materials split by requirement and by the simplifications that apply to them. */
export interface MaterialCounts {
  total: number;
  required: number;
  conditional: number;
  optional: number;
  /** 容缺: may be supplied after acceptance. */
  deferrable: number;
  /** 告知承诺: waived when the applicant signs a commitment. */
  waivable: number;
  /** Taken from the catalogue-wide library, so an applicant who supplied it once need not again. */
  shared: number;
}

/** The simplification figures of one matter version (the campaign's yardsticks: fewer steps, materials, days, visits). */
export interface MatterMetrics {
  /** Step nodes in the flow. */
  steps: number;
  criticalPathSteps: number;
  /**
   * Working days along the critical path after acceptance: the worst case the flow allows against
   * the promise, which runs from acceptance (the accept step has art. 32's own 5-day limit).
   */
  criticalPathDays: number;
  /** Node ids of the critical path, start to end. */
  criticalPath: string[];
  /** Distinct departments that own a step, sorted. */
  departments: string[];
  departmentCount: number;
  materials: MaterialCounts;
  promisedDays: number;
  statutoryDays: number;
  /** promisedDays / statutoryDays to 2 decimals; null when the statute sets no days. */
  promiseRatio: number | null;
  onSiteVisits: number;
  onlineDepth: number;
  /** Data fields the applicant fills: every form field but the objects that only group others. */
  formFields: number;
  /** Parallel gateways that split the flow (more than one outgoing edge): 并联审批 points. */
  parallelForks: number;
}

/**
 * The metrics of a matter version, as published with it and compared between versions. Pure and
 * total on drafts: a broken flow yields the figures it has (lint reports the breakage).
 *
 * @example matterMetrics(def) // { steps: 4, criticalPathSteps: 3, criticalPathDays: 8, …, promiseRatio: 0.5, parallelForks: 1 }
 */
export function matterMetrics(def: MatterDefinition): MatterMetrics {
  const graph = buildFlowGraph(def.flow);
  const cp = promisePath(graph);
  const steps = graph.nodes.filter((n) => n.kind === 'step');
  const departments = [...new Set(steps.flatMap((n) => (n.departmentId === undefined ? [] : [n.departmentId])))].sort();
  const materials = def.materials;
  const count = (test: (m: (typeof materials)[number]) => boolean): number => materials.filter(test).length;
  return {
    steps: steps.length,
    criticalPathSteps: cp.steps,
    criticalPathDays: cp.days,
    criticalPath: cp.nodeIds,
    departments,
    departmentCount: departments.length,
    materials: {
      total: materials.length,
      required: count((m) => m.requirement === 'required'),
      conditional: count((m) => m.requirement === 'conditional'),
      optional: count((m) => m.requirement === 'optional'),
      deferrable: count((m) => m.deferrable === true),
      waivable: count((m) => m.waivableByCommitment === true),
      shared: count((m) => m.libraryId !== undefined),
    },
    promisedDays: def.promisedDays,
    statutoryDays: def.statutoryDays,
    promiseRatio: def.statutoryDays > 0 ? Math.round((def.promisedDays / def.statutoryDays) * 100) / 100 : null,
    onSiteVisits: def.onSiteVisits,
    onlineDepth: def.onlineDepth,
    formFields: formFields(def.form).filter((f) => !(f.type === 'object' && f.field.properties !== undefined)).length,
    parallelForks: graph.nodes.filter((n) => n.kind === 'parallel' && outgoingOf(graph, n.id).length > 1).length,
  };
}
