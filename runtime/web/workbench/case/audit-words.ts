/**
 * An audit event's name in words: the events are dot-namespaced ids (`case.request_extension`,
 * `calendar.recomputed`) that a clerk should not have to read. `case.<engine action>` takes the
 * history's word for the action; the others have their own; an unknown one is 其他事件 (its id stays
 * in the cell's title for the administrator).
 */
const OWN: Record<string, string> = {
  'case.created': 'audit.created',
  'case.intake': 'audit.intake',
  'case.rated': 'audit.rated',
  'task.opened': 'audit.taskOpened',
  'task.completed': 'audit.taskCompleted',
  'calendar.recomputed': 'audit.recomputed',
  'complaint.filed': 'audit.complaint',
  'deadline.warning': 'audit.deadlineWarning',
  'deadline.overdue': 'audit.deadlineOverdue',
};

/** The message key naming the event; `historyKeys` are the history words the dictionary has. */
export function auditKey(action: string, has: (key: string) => boolean): string {
  if (OWN[action]) return OWN[action]!;
  const m = /^case\.([a-z_]+)$/.exec(action);
  if (m && has(`history.${m[1]}`)) return `history.${m[1]}`;
  return 'audit.other';
}
