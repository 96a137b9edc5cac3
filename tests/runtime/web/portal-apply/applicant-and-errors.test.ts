/** The applicant step's checks and the placing of the server's 422 field errors on the wizard's steps. */
import { describe, expect, it } from 'vitest';
import { applicantProblems, defaultIdType, emptyApplicant, idTypesOf } from '../../../../runtime/web/portal/apply/applicant.js';
import { firstStepWith, placeError } from '../../../../runtime/web/portal/apply/submit-errors.js';
import { SAMPLE_ID_CARD, SAMPLE_USCC } from '../../../fixtures/application-builder.js';

describe('applicantProblems', () => {
  const table: Array<{ given: Parameters<typeof applicantProblems>[0]; expected: ReturnType<typeof applicantProblems> }> = [
    { given: emptyApplicant('individual'), expected: { name: 'required', idNumber: 'required', phone: 'required' } },
    { given: { kind: 'individual', name: '张三', idType: 'id_card', idNumber: SAMPLE_ID_CARD, phone: '13800138000' }, expected: {} },
    { given: { kind: 'individual', name: '张三', idType: 'id_card', idNumber: '110105194912310021', phone: '13800138000' }, expected: { idNumber: 'idCard' } },
    { given: { kind: 'legal_person', name: '某公司', idType: 'uscc', idNumber: SAMPLE_USCC.toLowerCase(), phone: '0915-3212345' }, expected: {} },
    { given: { kind: 'legal_person', name: '某公司', idType: 'uscc', idNumber: '91350100M000100Y4X', phone: 'call me' }, expected: { idNumber: 'uscc', phone: 'phone' } },
    { given: { kind: 'individual', name: 'J. Smith', idType: 'passport', idNumber: 'E12345678', phone: '+86 138 0013 8000', email: 'nope' }, expected: { email: 'email' } },
    { given: { kind: 'individual', name: '   ', idType: 'other', idNumber: 'x'.repeat(65), phone: '13800138000' }, expected: { name: 'required', idNumber: 'tooLong' } },
  ];
  for (const [i, row] of table.entries()) {
    it(`row ${i + 1}: ${JSON.stringify(row.expected)}`, () => expect(applicantProblems(row.given)).toEqual(row.expected));
  }
  it('defaults the id type by kind and offers the fitting ones', () => {
    expect(defaultIdType('legal_person')).toBe('uscc');
    expect(defaultIdType('individual')).toBe('id_card');
    expect(idTypesOf('individual')).not.toContain('uscc');
    expect(emptyApplicant('legal_person').idType).toBe('uscc');
  });
});

describe('placeError', () => {
  it.each([
    [{ path: '/situation', message: 'is required' }, { step: 'situation', target: '', message: 'is required' }],
    [{ path: '/applicant/phone', message: 'bad' }, { step: 'applicant', target: 'phone', message: 'bad' }],
    [{ path: '/data/premises/address', message: 'is required' }, { step: 'form', target: 'premises.address', message: 'is required' }],
    [{ path: '/materials/a~1b', message: 'is required: X' }, { step: 'materials', target: 'a/b', message: 'is required: X' }],
    [{ message: 'whole' }, { step: 'review', target: '', message: 'whole' }],
  ])('%j → %j', (given, expected) => expect(placeError(given)).toEqual(expected));

  it('firstStepWith picks the earliest step in the wizard order', () => {
    const placed = [placeError({ path: '/materials/x', message: 'm' }), placeError({ path: '/applicant/name', message: 'n' })];
    expect(firstStepWith(placed, ['situation', 'applicant', 'form', 'materials', 'review'])).toBe('applicant');
    expect(firstStepWith([], ['applicant'])).toBeUndefined();
  });
});
