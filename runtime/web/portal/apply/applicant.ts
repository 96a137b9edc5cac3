/**
 * The applicant (申请人) step as plain data: defaults by kind and the checks the server's
 * `Case/$defs/applicant` schema makes, plus the identity number by its kind with the very checks
 * the server's formats use (`schemas/chinese-formats.ts`). Problems come back as message keys.
 */
import { isChineseIdCard, isUnifiedSocialCreditCode } from '../../../../schemas/chinese-formats';
import type { Applicant } from '../../../../schemas/types.generated';

export type ApplicantField = 'name' | 'idNumber' | 'phone' | 'email';
export type ApplicantProblem = 'required' | 'tooLong' | 'idCard' | 'uscc' | 'phone' | 'email';

/** What the id type is when the applicant picks a kind: 居民身份证 for a person, 统一社会信用代码 for a body. */
export const defaultIdType = (kind: Applicant['kind']): NonNullable<Applicant['idType']> => (kind === 'legal_person' ? 'uscc' : 'id_card');

/** The id types offered for a kind. */
export const idTypesOf = (kind: Applicant['kind']): Array<NonNullable<Applicant['idType']>> =>
  kind === 'legal_person' ? ['uscc', 'other'] : ['id_card', 'passport', 'other'];

export function emptyApplicant(kind: Applicant['kind']): Applicant {
  return { kind, name: '', idType: defaultIdType(kind), idNumber: '', phone: '' };
}

const PHONE = /^[0-9+() -]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem of the applicant at once, by field; empty when the step may be left. */
export function applicantProblems(a: Applicant): Partial<Record<ApplicantField, ApplicantProblem>> {
  const out: Partial<Record<ApplicantField, ApplicantProblem>> = {};
  const name = a.name.trim();
  if (!name) out.name = 'required';
  else if (name.length > 200) out.name = 'tooLong';
  const id = (a.idNumber ?? '').trim().toUpperCase();
  if (!id) out.idNumber = 'required';
  else if (a.idType === 'id_card' && !isChineseIdCard(id)) out.idNumber = 'idCard';
  else if (a.idType === 'uscc' && !isUnifiedSocialCreditCode(id)) out.idNumber = 'uscc';
  else if (id.length > 64) out.idNumber = 'tooLong';
  const phone = a.phone.trim();
  if (!phone) out.phone = 'required';
  else if (!PHONE.test(phone)) out.phone = 'phone';
  const email = a.email?.trim();
  if (email && (!EMAIL.test(email) || email.length > 200)) out.email = 'email';
  return out;
}
