/**
 * Case and task documents → the column values the tables keep beside them. Inputs are checked here
 * so that a malformed date or a NUL character is a BadRequestError naming the field, not a SQL error
 * (a 500) halfway through a transaction. Instants are normalized to UTC ISO strings before they reach
 * PostgreSQL, whose parsing of zone-less text would depend on the session's time zone.
 */
import { BadRequestError } from '../../../schemas/errors.js';
import type { Case, Task } from '../../../schemas/types.generated.js';
import { parseInstant, toChinaDate } from '../../calendar/china-time.js';
import { isIsoDate } from '../../calendar/iso-date.js';
import type { CaseWrite, TaskWrite } from './case-records.js';

/** Column values of a case row, as jsonb_to_recordset / parameters take them. */
export interface CaseRow {
  case_no: string;
  matter_code: string;
  matter_version: number;
  department_id: string | null;
  status: string;
  applicant_account: string | null;
  received_at: string;
  accepted_at: string | null;
  due_date: string | null;
  warn_at: string | null;
  intake_department_id: string | null;
  accept_department_id: string | null;
  accept_window_id: string | null;
  decide_department_id: string | null;
  concluded_at: string | null;
  concluded_on: string | null;
  outcome: string | null;
  working_days_used: number | null;
  promised_days: number | null;
  doc: Case;
  state: unknown;
}

export interface TaskRow {
  id: string;
  case_no: string;
  node_id: string;
  department_id: string;
  status: string;
  assignees: string[];
  opened_at: string;
  due_date: string | null;
  warn_at: string | null;
  version: number;
  expected: number | null;
  doc: Task;
}

/** The row of a case write; `caseNo` is the case it must describe. */
export function caseRow(write: CaseWrite, caseNo = write.case?.caseNo): CaseRow {
  const c = write.case;
  if (!c || typeof c !== 'object') throw new BadRequestError('record.case: must be a Case document');
  if (!write.state || typeof write.state !== 'object') throw new BadRequestError('record.state: must be the engine state');
  if (c.caseNo !== caseNo) throw new BadRequestError(`record.case.caseNo: ${c.caseNo} is not case ${caseNo}`);
  text(c.caseNo, 'record.case.caseNo');
  text(c.matterCode, 'record.case.matterCode');
  const conclusion = write.conclusion;
  if (conclusion) {
    count(conclusion.workingDaysUsed, 'record.conclusion.workingDaysUsed');
    count(conclusion.promisedDays, 'record.conclusion.promisedDays');
  }
  if (!Number.isSafeInteger(c.matterVersion)) throw new BadRequestError('record.case.matterVersion: must be an integer');
  const concludedAt = instant(c.concludedAt, 'record.case.concludedAt');
  return {
    case_no: c.caseNo,
    matter_code: c.matterCode,
    matter_version: c.matterVersion,
    department_id: c.departmentId ?? null,
    status: text(c.status, 'record.case.status'),
    applicant_account: write.applicantAccount ?? null,
    received_at: instant(c.receivedAt, 'record.case.receivedAt')!,
    accepted_at: instant(c.acceptedAt, 'record.case.acceptedAt'),
    due_date: date(c.dueDate, 'record.case.dueDate'),
    warn_at: instant(write.warnAt, 'record.warnAt'),
    intake_department_id: optionalText(write.desks?.intakeDepartmentId, 'record.desks.intakeDepartmentId'),
    accept_department_id: optionalText(write.desks?.acceptDepartmentId, 'record.desks.acceptDepartmentId'),
    accept_window_id: optionalText(write.desks?.acceptWindowId, 'record.desks.acceptWindowId'),
    decide_department_id: optionalText(write.desks?.decideDepartmentId, 'record.desks.decideDepartmentId'),
    concluded_at: concludedAt,
    concluded_on: concludedAt === null ? null : toChinaDate(concludedAt),
    outcome: c.outcome ?? null,
    working_days_used: conclusion?.workingDaysUsed ?? null,
    promised_days: conclusion?.promisedDays ?? null,
    doc: c,
    state: write.state,
  };
}

/** The row of a task write, stamped with its case. */
export function taskRow(write: TaskWrite, caseNo: string, at: string): TaskRow {
  const t = write.task;
  if (!t || typeof t !== 'object') throw new BadRequestError(`${at}.task: must be a Task document`);
  if (t.caseNo !== undefined && t.caseNo !== caseNo) throw new BadRequestError(`${at}.task.caseNo: ${t.caseNo} is not case ${caseNo}`);
  if (!Number.isSafeInteger(t.version)) throw new BadRequestError(`${at}.task.version: must be an integer`);
  if (write.expectedVersion !== undefined && !Number.isSafeInteger(write.expectedVersion)) throw new BadRequestError(`${at}.expectedVersion: must be an integer`);
  const assignees = t.assignees ?? [];
  if (!Array.isArray(assignees) || assignees.some((a) => typeof a !== 'string')) throw new BadRequestError(`${at}.task.assignees: must be a list of usernames`);
  return {
    id: text(t.id, `${at}.task.id`),
    case_no: caseNo,
    node_id: text(t.nodeId, `${at}.task.nodeId`),
    department_id: text(t.departmentId, `${at}.task.departmentId`),
    status: text(t.status, `${at}.task.status`),
    assignees,
    opened_at: instant(t.openedAt, `${at}.task.openedAt`)!,
    due_date: date(t.dueDate, `${at}.task.dueDate`),
    warn_at: instant(write.warnAt, `${at}.warnAt`),
    version: t.version,
    expected: write.expectedVersion ?? null,
    doc: { ...t, caseNo } as Task,
  };
}

/**
 * JSON text for a jsonb parameter. jsonb cannot hold U+0000 (PostgreSQL refuses it), so a NUL
 * anywhere is refused here, by name, before the transaction starts.
 */
export function jsonText(value: unknown, field: string): string {
  const json = JSON.stringify(value ?? null);
  if (json.includes('\\u0000')) throw new BadRequestError(`${field}: text must not contain the NUL character`);
  return json;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new BadRequestError(`${field}: must be a non-empty string`);
  return value;
}

function optionalText(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : text(value, field);
}

function count(value: unknown, field: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new BadRequestError(`${field}: must be a whole number ≥ 0`);
}

/** An RFC 3339 instant (with zone) as UTC ISO text, or null when absent. */
export function instant(value: string | undefined, field: string): string | null {
  if (value === undefined || value === null) return null;
  try {
    return new Date(parseInstant(value, field)).toISOString();
  } catch (e) {
    throw new BadRequestError((e as Error).message);
  }
}

/** A `YYYY-MM-DD` date, or null when absent. */
export function date(value: string | undefined, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) throw new BadRequestError(`${field}: must be a date YYYY-MM-DD, got ${JSON.stringify(String(value).slice(0, 40))}`);
  return value;
}
