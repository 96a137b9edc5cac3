import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../catalog/demo/demo-accounts.js';
import { DEMO_DEPARTMENTS } from '../../../catalog/demo/departments.js';

describe('demo clerks sit at hall windows', () => {
  const windowsOf = new Map(DEMO_DEPARTMENTS.map((d) => [d.id, new Set((d.windows ?? []).map((w) => w.id))]));

  it('every clerk has a window of its own department', () => {
    const clerks = DEMO_ACCOUNTS.filter((a) => a.role === 'clerk');
    expect(clerks.length).toBeGreaterThan(10);
    for (const c of clerks) expect(windowsOf.get(c.departmentId!)?.has(c.windowId!), `${c.username} ${c.windowId}`).toBe(true);
  });

  it('a second clerk sits at another window than the first', () => {
    const seconds = DEMO_ACCOUNTS.filter((a) => a.username.endsWith('-clerk2'));
    expect(seconds.length).toBeGreaterThan(0);
    for (const c of seconds) expect(c.windowId).not.toBe(DEMO_ACCOUNTS.find((a) => a.username === `${c.departmentId}-clerk`)!.windowId);
  });

  it('editors and the supervisor have no window', () => {
    expect(DEMO_ACCOUNTS.filter((a) => a.role !== 'clerk' && a.windowId !== undefined)).toEqual([]);
  });
});
