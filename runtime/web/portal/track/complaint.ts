/** The complaint form as plain data: what it is about, the checks, and the `POST /api/complaints` body. */
import type { ComplaintBody } from './track-api';

export type ComplaintAbout = 'case' | 'matter' | 'department';

export interface ComplaintDraft {
  about: ComplaintAbout;
  caseNo: string;
  queryCode: string;
  matterCode: string;
  departmentId: string;
  text: string;
  contact: string;
}

export type ComplaintField = 'caseNo' | 'queryCode' | 'matterCode' | 'departmentId' | 'text' | 'contact';

/** The fields still empty, every one at once. */
export function complaintProblems(d: ComplaintDraft): ComplaintField[] {
  const out: ComplaintField[] = [];
  if (d.about === 'case') {
    if (!d.caseNo.trim()) out.push('caseNo');
    if (!d.queryCode.trim()) out.push('queryCode');
  }
  if (d.about === 'matter' && !d.matterCode) out.push('matterCode');
  if (d.about === 'department' && !d.departmentId) out.push('departmentId');
  if (!d.text.trim()) out.push('text');
  if (!d.contact.trim()) out.push('contact');
  return out;
}

/** Only what the chosen subject needs: a case with its query code, or a matter, or a department. */
export function complaintBody(d: ComplaintDraft): ComplaintBody {
  const base = { text: d.text.trim(), contact: d.contact.trim() };
  if (d.about === 'case') return { ...base, caseNo: d.caseNo.replace(/\s+/g, '').toUpperCase(), queryCode: d.queryCode.replace(/\s+/g, '').toUpperCase() };
  if (d.about === 'matter') return { ...base, matterCode: d.matterCode };
  return { ...base, departmentId: d.departmentId };
}
