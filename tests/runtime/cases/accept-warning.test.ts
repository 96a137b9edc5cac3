import { describe, expect, it } from 'vitest';
import type { Case } from '../../../schemas/types.generated.js';
import { lastCompleteSubmission } from '../../../runtime/cases/accept-warning.js';

describe('the answer clock\'s start (art. 32)', () => {
  const c = { receivedAt: '2026-03-02T01:00:00Z', suspensions: [] } as Pick<Case, 'receivedAt' | 'suspensions'>;
  it('is the receipt, or the end of the last 补正 suspension once the applicant supplied everything', () => {
    expect(lastCompleteSubmission(c)).toBe('2026-03-02T01:00:00Z');
    expect(lastCompleteSubmission({ ...c, suspensions: [{ kind: 'supplement', from: '2026-03-03T01:00:00Z' }] })).toBe('2026-03-02T01:00:00Z');
    expect(
      lastCompleteSubmission({
        ...c,
        suspensions: [
          { kind: 'supplement', from: '2026-03-03T01:00:00Z', to: '2026-03-06T02:00:00Z' },
          { kind: 'inspection', from: '2026-03-07T01:00:00Z', to: '2026-03-09T02:00:00Z' },
        ],
      }),
    ).toBe('2026-03-06T02:00:00Z');
  });
});
