import { describe, expect, it } from 'vitest';
import type { QueueMatter } from '../../../designer/app/review/review-api.js';
import { draftOutcome, queueOrder, reasonProblem, shortTime } from '../../../designer/app/review/review-logic.js';

const matter = (code: string, name: string, status: QueueMatter['status'], submittedAt?: string): QueueMatter => ({
  code,
  name,
  departmentId: 'scjg',
  status,
  liveVersion: 1,
  latestVersion: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  revision: 3,
  draft: { version: 2, status, author: 'scjg-editor', submittedAt },
});

describe('queueOrder', () => {
  it('keeps matters in review only, oldest submission first', () => {
    const order = queueOrder([
      matter('c', '丙', 'in_review', '2026-03-02T09:00:00Z'),
      matter('x', '草稿', 'draft'),
      matter('a', '甲', 'in_review', '2026-03-01T09:00:00Z'),
      matter('r', '驳回', 'rejected', '2026-02-01T09:00:00Z'),
    ]);
    expect(order.map((m) => m.code)).toEqual(['a', 'c']);
  });
  it('puts matters without a submission time last', () => {
    const noTime = { ...matter('n', '无时间', 'in_review'), draft: { version: 2, status: 'in_review' as const } };
    expect(queueOrder([noTime, matter('a', '甲', 'in_review', '2026-03-01T09:00:00Z')]).map((m) => m.code)).toEqual(['a', 'n']);
  });
});

describe('draftOutcome', () => {
  it('says in review with the submission time', () => {
    expect(draftOutcome({ status: 'in_review', submittedAt: '2026-03-01T09:00:00Z' })).toEqual({ kind: 'in_review', submittedAt: '2026-03-01T09:00:00Z' });
  });
  it('gives the reason of a rejection', () => {
    expect(draftOutcome({ status: 'rejected', rejectReason: '时限未压缩', reviewedBy: 'admin' })).toMatchObject({ kind: 'rejected', reason: '时限未压缩', reviewedBy: 'admin' });
  });
  it('says published for a published version, or for a draft that is gone when the live version is given', () => {
    expect(draftOutcome({ status: 'published', version: 3 })).toEqual({ kind: 'published', version: 3 });
    expect(draftOutcome(null, 3)).toEqual({ kind: 'published', version: 3 });
    expect(draftOutcome(null)).toEqual({ kind: 'none' });
  });
  it('says nothing about a draft being edited', () => {
    expect(draftOutcome({ status: 'draft' }, 2)).toEqual({ kind: 'none' });
  });
});

describe('reasonProblem', () => {
  it.each([
    ['', 'required'],
    ['   \n', 'required'],
    ['请补充法律依据', undefined],
    ['长'.repeat(2001), 'tooLong'],
  ])('%j → %s', (reason, problem) => expect(reasonProblem(reason)).toBe(problem));
});

describe('shortTime', () => {
  it('prints a timestamp to the minute, and a dash for none', () => {
    expect(shortTime(undefined)).toBe('—');
    expect(shortTime('not a date')).toBe('not a date');
    expect(shortTime('2026-03-01T09:05:00Z')).toMatch(/^2026-03-0[12] \d\d:05$/);
  });
});
