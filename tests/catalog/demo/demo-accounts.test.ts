import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../catalog/demo/demo-accounts.js';
import { DEMO_DEPARTMENTS } from '../../../catalog/demo/departments.js';

describe('demo clerks sit at hall windows', () => {
  const windowsOf = new Map(DEMO_DEPARTMENTS.map((d) => [d.id, new Set((d.windows ?? []).map((w) => w.id))]));

  it('every window clerk has a window of its own department; back-office signers have none', () => {
    const windowClerks = DEMO_ACCOUNTS.filter((a) => a.role === 'clerk' && /-clerk2?$/.test(a.username));
    expect(windowClerks.length).toBeGreaterThan(10);
    for (const c of windowClerks) expect(windowsOf.get(c.departmentId!)?.has(c.windowId!), `${c.username} ${c.windowId}`).toBe(true);
    for (const c of DEMO_ACCOUNTS.filter((a) => a.role === 'clerk' && a.windowId !== undefined)) expect(windowsOf.get(c.departmentId!)?.has(c.windowId!), c.username).toBe(true);
    const signers = DEMO_ACCOUNTS.filter((a) => /-signer\d$/.test(a.username));
    expect(signers.map((a) => [a.username, a.role, a.departmentId, a.windowId])).toEqual([
      ['cgj-signer1', 'clerk', 'cgj', undefined],
      ['cgj-signer2', 'clerk', 'cgj', undefined],
      ['cgj-signer3', 'clerk', 'cgj', undefined],
    ]);
  });

  it('the front desk clerk sits at the 综合受理窗口, and the story department has a leader without window', () => {
    expect(DEMO_ACCOUNTS.find((a) => a.username === 'zhzx-clerk')).toMatchObject({ role: 'clerk', departmentId: 'zhzx', windowId: 'zh-01', password: 'demo@zhzx-clerk' });
    expect(DEMO_ACCOUNTS.filter((a) => a.role === 'leader')).toEqual([
      { username: 'cgj-leader', displayName: expect.stringMatching(/[\u4e00-\u9fff]/), role: 'leader', departmentId: 'cgj', password: 'demo@cgj-leader' },
    ]);
  });

  it('every demo password follows demo@<username>', () => {
    for (const a of DEMO_ACCOUNTS) expect(a.password, a.username).toBe(`demo@${a.username}`);
  });

  it('a second clerk sits at another window than the first', () => {
    const seconds = DEMO_ACCOUNTS.filter((a) => a.username.endsWith('-clerk2'));
    expect(seconds.length).toBeGreaterThan(0);
    for (const c of seconds) expect(c.windowId).not.toBe(DEMO_ACCOUNTS.find((a) => a.username === `${c.departmentId}-clerk`)!.windowId);
  });

  it('editors, leaders and the supervisor have no window', () => {
    expect(DEMO_ACCOUNTS.filter((a) => a.role !== 'clerk' && a.windowId !== undefined)).toEqual([]);
  });
});
