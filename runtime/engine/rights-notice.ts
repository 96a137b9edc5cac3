/**
 * The rights notice of a refusal (不予受理, art. 32) or a denial (不予许可, art. 38), in Chinese:
 * the matter's own remedy text or its type's default (catalog/remedies.ts), who decided, at which
 * step, and — for a denial a gateway decided — the rule, in words.
 */
import { remedyText } from '../../catalog/remedies.js';
import type { FlowEdge } from '../../schemas/types.generated.js';
import type { RightsNotice } from './case-state.js';
import { describeCondition } from './condition-words.js';
import type { Draft } from './draft.js';

/** Where the decision was taken: the step, and the gateway edge that led to the end, if any. */
export interface DecisionPlace {
  stepName?: string;
  /** The exclusive-gateway edge taken on the way to a denied end. */
  edgeId?: string;
}

/**
 * 1. Remedies and basis from the matter (or its type's default).
 * 2. The deciding official: display name, else username; the system decides nothing here.
 * 3. The rule: the taken edge's label, else its condition described, else (a default edge)
 *    none of its sibling conditions held.
 */
export function rightsNoticeFor(d: Draft, kind: RightsNotice['kind'], place: DecisionPlace = {}): RightsNotice {
  // 1.
  const remedy = remedyText(d.def.matterType?.code, kind, d.def.remedies);
  // 2.
  const decidedBy = d.actor.displayName ?? d.actor.username;
  // 3.
  const rule = gatewayRule(d, place.edgeId);
  return {
    kind,
    remedies: remedy.text,
    ...(remedy.basis !== '' ? { basis: remedy.basis } : {}),
    ...(decidedBy !== undefined && decidedBy !== '' ? { decidedBy } : {}),
    ...(place.stepName !== undefined ? { stepName: place.stepName } : {}),
    ...(rule !== undefined ? { rule } : {}),
  };
}

/**
 * The rule in words of the exclusive-gateway edge that led to a denied end (the notice's `rule`,
 * and the case's `reasons`); undefined without an edge or when nothing can be said of it.
 */
export function gatewayRule(d: Draft, edgeId: string | undefined): string | undefined {
  const edge = edgeId === undefined ? undefined : d.def.flow.edges.find((e) => e.id === edgeId);
  return edge === undefined ? undefined : ruleOf(d, edge);
}

function ruleOf(d: Draft, edge: FlowEdge): string | undefined {
  const words = { fieldTitles: d.def.fieldTitles, valueLabels: d.def.valueLabels };
  if (edge.label !== undefined && edge.label.trim() !== '') return edge.label.trim();
  if (edge.condition !== undefined) return describeCondition(edge.condition, words);
  if (edge.isDefault !== true) return undefined;
  const others = d.flow.outgoing(edge.source).filter((e) => e.id !== edge.id && e.condition !== undefined);
  if (others.length === 0) return undefined;
  return `不符合以下任一情形：${others.map((e) => e.label?.trim() || describeCondition(e.condition, words)).join('；')}`;
}
