/** Loads the inbox: the open tasks, each task's case (one read per case) and the matter names. */
import { api } from '../api';
import { useLoaded, type Loaded } from '../use-loaded';
import type { InboxCase, InboxTask } from './inbox-model';

export interface InboxData {
  tasks: InboxTask[];
  cases: Map<string, InboxCase>;
  matterNames: Map<string, string>;
}

export function useInbox(department: string | undefined): Loaded<InboxData> {
  return useLoaded(department ?? '', async () => {
    const [page, matters] = await Promise.all([api.inbox(department), api.matters().catch(() => ({ items: [], total: 0 }))]);
    const tasks = page.items as InboxTask[];
    const caseNos = [...new Set(tasks.map((t) => t.caseNo))];
    const read = await Promise.all(caseNos.map((no) => api.caseOf(no).catch(() => undefined)));
    const cases = new Map<string, InboxCase>();
    for (const c of read) {
      if (c) cases.set(c.caseNo, { caseNo: c.caseNo, matterCode: c.matterCode, status: c.status, applicantName: c.applicant.name, receivedAt: c.receivedAt });
    }
    return { tasks, cases, matterNames: new Map(matters.items.map((m) => [m.code, m.name])) };
  });
}
