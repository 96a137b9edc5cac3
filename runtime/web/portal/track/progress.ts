/**
 * The applicant's view of a case (`GET /api/cases/:caseNo?queryCode=`) as plain data, no React:
 * the timeline (done / current / upcoming), what is to be supplied now (the one-time notice's
 * open items, and 容缺 materials still awaited), whether the case may be rated or withdrawn, and
 * the bodies of those calls.
 */
import type { SupplementNotice } from '../../../../schemas/types.generated';
import type { FileRef } from '../apply/application';

export type CaseStatus = 'submitted' | 'supplement_requested' | 'refused' | 'in_progress' | 'suspended' | 'granted' | 'denied' | 'withdrawn';

export interface ProgressStep {
  name: string;
  status: 'open' | 'completed' | 'cancelled';
  openedAt: string;
  dueDate?: string;
  /** The step's due date counts across a day of a year whose holidays are not yet published (预计). */
  dueDateProvisional?: boolean;
  completedAt?: string;
  action?: string;
}

/** What a refusal or denial tells the applicant, in Chinese, as the server stored it. */
export interface RightsNotice {
  kind: 'refusal' | 'denial';
  basis?: string;
  remedies: string;
  decidedBy?: string;
  stepName?: string;
  rule?: string;
}

/** How the result was issued (统一出件), as far as the applicant is told. */
export interface PublicDelivery {
  method: 'window' | 'post' | 'electronic';
  date?: string;
  waybillNo?: string;
}

/** The public progress view, as `publicProgress` on the server builds it. */
export interface Progress {
  caseNo: string;
  matterCode: string;
  /** The published version the case runs on. */
  matterVersion?: number;
  matterName: string;
  status: CaseStatus;
  receivedAt: string;
  acceptedAt?: string;
  deemedAccepted?: boolean;
  deemedAcceptanceNote?: string;
  /** Art. 32: the last day to accept, refuse or send the one-time notice (5 working days from receipt). */
  acceptDueDate?: string;
  dueDate?: string;
  dueDateProvisional?: boolean;
  concludedAt?: string;
  outcome?: 'granted' | 'denied' | 'refused' | 'withdrawn';
  reasons?: string;
  rightsNotice?: RightsNotice;
  delivery?: PublicDelivery;
  notice?: SupplementNotice;
  materials: Array<{ materialId: string; status: string }>;
  rating?: { score: number };
  steps: ProgressStep[];
}

export type TimelineState = 'done' | 'current' | 'upcoming';

export interface TimelineEntry {
  kind: 'received' | 'notice' | 'step' | 'end';
  /** The step's name for `step`; otherwise empty (the page words it). */
  name: string;
  state: TimelineState;
  at?: string;
  dueDate?: string;
  dueDateProvisional?: boolean;
  action?: string;
}

const CONCLUDED: ReadonlySet<CaseStatus> = new Set(['refused', 'granted', 'denied', 'withdrawn']);

export const isConcluded = (p: Pick<Progress, 'status'>): boolean => CONCLUDED.has(p.status);

/**
 * The timeline, oldest first:
 * 1. received (done);
 * 2. the supplement notice when one was issued: current while it waits, done after;
 * 3. every step opened, in opening order: completed → done, open → current (cancelled ones, of a
 *    branch the case no longer needs, are left out);
 * 4. the conclusion: done when concluded, upcoming otherwise.
 */
export function timeline(p: Progress): TimelineEntry[] {
  const out: TimelineEntry[] = [{ kind: 'received', name: '', state: 'done', at: p.receivedAt }];
  const dated: TimelineEntry[] = [];
  if (p.notice) dated.push({ kind: 'notice', name: '', state: p.status === 'supplement_requested' ? 'current' : 'done', at: p.notice.issuedAt });
  for (const s of p.steps) {
    if (s.status === 'cancelled') continue;
    dated.push({
      kind: 'step',
      name: s.name,
      state: s.status === 'completed' ? 'done' : 'current',
      at: s.completedAt ?? s.openedAt,
      ...(s.dueDate ? { dueDate: s.dueDate } : {}),
      ...(s.dueDateProvisional ? { dueDateProvisional: true } : {}),
      ...(s.action ? { action: s.action } : {}),
    });
  }
  // Stable by time: a step opened at receipt stays before the notice issued during it.
  dated.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  out.push(...dated);
  out.push(isConcluded(p) ? { kind: 'end', name: '', state: 'done', at: p.concludedAt } : { kind: 'end', name: '', state: 'upcoming', ...(p.dueDate ? { dueDate: p.dueDate } : {}), ...(p.dueDateProvisional ? { dueDateProvisional: true } : {}) });
  return out;
}

export interface SupplyItem {
  materialId: string;
  reason: 'missing' | 'defective' | 'deferred';
  note?: string;
}

/** What the applicant can supply now: the notice's items not yet provided, then 容缺 materials still awaited. */
export function toSupply(p: Progress): SupplyItem[] {
  if (isConcluded(p)) return [];
  const statusOf = new Map(p.materials.map((m) => [m.materialId, m.status]));
  const out: SupplyItem[] = [];
  if (p.status === 'supplement_requested' && p.notice) {
    for (const item of p.notice.items) {
      if (statusOf.get(item.materialId) === 'provided') continue;
      out.push({ materialId: item.materialId, reason: item.problem, ...(item.note ? { note: item.note } : {}) });
    }
  }
  for (const m of p.materials) {
    if (m.status === 'deferred' && !out.some((o) => o.materialId === m.materialId)) out.push({ materialId: m.materialId, reason: 'deferred' });
  }
  return out;
}

/** The `POST /api/cases/:caseNo/supplement` body: the items with files, in the list's order. */
export function supplementBody(queryCode: string, items: readonly SupplyItem[], files: Readonly<Record<string, readonly FileRef[]>>) {
  return {
    queryCode,
    materials: items.filter((i) => (files[i.materialId]?.length ?? 0) > 0).map((i) => ({ materialId: i.materialId, fileIds: files[i.materialId]!.map((f) => f.id) })),
  };
}

/** Whether the acceptance deadline still matters: the case waits for 受理 (or for the notice's supply). */
export const awaitsAcceptance = (p: Pick<Progress, 'status' | 'acceptedAt'>): boolean => !p.acceptedAt && (p.status === 'submitted' || p.status === 'supplement_requested');

/**
 * The rights paragraph's parts in order: who decided at which step, the rule, the basis, the
 * remedies. The rule is left out when it is the reasons shown above it (a gateway's denial).
 */
export function rightsLines(r: RightsNotice, reasons?: string): Array<{ key: 'step' | 'decidedBy' | 'rule' | 'basis' | 'remedies'; text: string }> {
  const out: Array<{ key: 'step' | 'decidedBy' | 'rule' | 'basis' | 'remedies'; text: string }> = [];
  if (r.stepName) out.push({ key: 'step', text: r.stepName });
  if (r.decidedBy) out.push({ key: 'decidedBy', text: r.decidedBy });
  if (r.rule && r.rule !== reasons) out.push({ key: 'rule', text: r.rule });
  if (r.basis) out.push({ key: 'basis', text: r.basis });
  out.push({ key: 'remedies', text: r.remedies });
  return out;
}

/** 好差评: once, after conclusion. */
export const canRate = (p: Progress): boolean => isConcluded(p) && p.rating === undefined;

/** 撤回: any time before conclusion. */
export const canWithdraw = (p: Progress): boolean => !isConcluded(p);

/** A case number and query code as typed: spaces dropped, letters upper-cased; empty → undefined. */
export function normalizeCaseNo(raw: string | undefined): string | undefined {
  const v = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  return v || undefined;
}

/** Query codes are upper-case letters and digits (phones often capitalise nothing). */
export function normalizeQueryCode(raw: string | undefined): string | undefined {
  const v = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  return v || undefined;
}
