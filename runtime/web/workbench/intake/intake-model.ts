/**
 * 窗口收件 as data, no React: which matters the clerk's desk may take (its department's own, or —
 * for a front desk, 一窗受理 — those that name it in `frontDesks` or that one of its windows lists
 * in `acceptsMatters`), each needed material as 已收取 / 缺失 / 有缺陷 with a note, what must be
 * settled before sending, the POST /api/cases/intake body, and the one-time notice's items from
 * the receipt's missing list.
 */
import type { Applicant, Department } from '../../../../schemas/types.generated.js';
import { applicantProblems } from '../../portal/apply/applicant';
import type { IntakeBody, IntakeReceipt } from '../api';

export type Receipt = 'provided' | 'missing' | 'defective';

export const RECEIPTS: readonly Receipt[] = ['provided', 'missing', 'defective'];

export interface DeskUser {
  username: string;
  departmentId?: string;
  /** The clerk's hall window, when the session names it. */
  windowId?: string;
}

export interface TakeableMatter {
  code: string;
  departmentId?: string;
  frontDesks?: readonly string[];
}

/** Whether the user's desk may register applications for the matter. */
export function mayTake(m: TakeableMatter, user: DeskUser, departments: readonly Department[]): boolean {
  if (!user.departmentId) return false;
  if (m.departmentId === user.departmentId) return true;
  const desk = departments.find((d) => d.id === user.departmentId);
  if (!desk?.frontDesk) return false;
  if (m.frontDesks?.includes(desk.id)) return true;
  const windows = (desk.windows ?? []).filter((w) => !user.windowId || w.id === user.windowId);
  return windows.some((w) => w.acceptsMatters?.includes(m.code));
}

export interface IntakeLine {
  materialId: string;
  name: string;
  status?: Receipt;
  note: string;
}

/** A line per needed material, keeping what the clerk already chose for materials still needed. */
export function intakeLines(needed: ReadonlyArray<{ id: string; name: string }>, previous: readonly IntakeLine[] = []): IntakeLine[] {
  return needed.map((m) => previous.find((l) => l.materialId === m.id) ?? { materialId: m.id, name: m.name, note: '' });
}

export const setLine = (lines: readonly IntakeLine[], materialId: string, change: Partial<Pick<IntakeLine, 'status' | 'note'>>): IntakeLine[] =>
  lines.map((l) => (l.materialId === materialId ? { ...l, ...change } : l));

/** Every material received as it should be: the application is complete (收件并受理 may follow at once). */
export const isComplete = (lines: readonly IntakeLine[]): boolean => lines.every((l) => l.status === 'provided');

/** The lines not provided as they should be, in order. */
export const lacking = (lines: readonly IntakeLine[]): IntakeLine[] => lines.filter((l) => l.status === 'missing' || l.status === 'defective');

export interface IntakeDraft {
  matterCode?: string;
  /** The matter's situations; a situation must be chosen when there are any. */
  situations: readonly string[];
  situation?: string;
  applicant: Applicant;
  lines: readonly IntakeLine[];
}

/** What must be settled before sending, as message keys (the form's own errors come from the renderer). */
export function intakeProblems(d: IntakeDraft): string[] {
  const out: string[] = [];
  if (!d.matterCode) out.push('intake.need.matter');
  if (d.situations.length > 0 && (!d.situation || !d.situations.includes(d.situation))) out.push('intake.need.situation');
  if (Object.keys(applicantProblems(d.applicant)).length > 0) out.push('intake.need.applicant');
  if (d.lines.some((l) => !l.status)) out.push('intake.need.materials');
  if (d.lines.some((l) => l.status === 'defective' && !l.note.trim())) out.push('intake.need.defectNote');
  return out;
}

/** The request body; `accept` asks for 收件并受理 in one act (one-stage matters, complete applications). */
export function intakeBody(d: IntakeDraft & { matterCode: string }, data: Record<string, unknown>, accept = false): IntakeBody {
  const a = d.applicant;
  const applicant: Applicant = {
    kind: a.kind,
    name: a.name.trim(),
    ...(a.idType ? { idType: a.idType } : {}),
    ...(a.idNumber?.trim() ? { idNumber: a.idNumber.trim().toUpperCase() } : {}),
    phone: a.phone.trim(),
    ...(a.email?.trim() ? { email: a.email.trim() } : {}),
    ...(a.contact?.trim() ? { contact: a.contact.trim() } : {}),
  };
  return {
    matterCode: d.matterCode,
    ...(d.situation ? { situation: d.situation } : {}),
    data,
    applicant,
    materials: d.lines.map((l) => ({ materialId: l.materialId, status: l.status ?? 'missing', ...(l.note.trim() ? { note: l.note.trim() } : {}) })),
    ...(accept ? { accept: true } : {}),
  };
}

/** The one-time notice's body from the receipt: every missing and defective item at once. */
export function noticeBody(missing: IntakeReceipt['missing'], expectedVersion: number) {
  return {
    items: missing.map((m) => ({ materialId: m.materialId, problem: m.problem, ...(m.note ? { note: m.note } : {}) })),
    expectedVersion,
  };
}

/** Whether 收件并受理 is offered: a complete application of a matter without a separate 受理 stage. */
export const mayAcceptAtOnce = (lines: readonly IntakeLine[], intakeStages: 'one' | 'two' | undefined): boolean => (intakeStages ?? 'one') === 'one' && isComplete(lines);
