/**
 * 会签 / 或签 progress of a task as data: how many of the listed signers have signed, who signed
 * (with the time and what they chose) and who has not. A countersign task is done when every
 * assignee approved; an anysign task when one did (the engine completes it then).
 */

export interface SignTask {
  mode?: 'single' | 'countersign' | 'anysign';
  assignees?: string[];
  signatures?: Array<{ username: string; action?: string; at?: string; comment?: string }>;
}

export interface SignProgress {
  mode: 'countersign' | 'anysign';
  /** Signers needed: every assignee for 会签, one for 或签. */
  needed: number;
  total: number;
  signed: Array<{ username: string; action?: string; at?: string; comment?: string }>;
  unsigned: string[];
}

export function hasSigned(t: Pick<SignTask, 'signatures'>, username: string): boolean {
  return (t.signatures ?? []).some((s) => s.username === username);
}

/** The progress of a 会签 / 或签 task with listed signers; undefined for any other task. */
export function signProgress(t: SignTask): SignProgress | undefined {
  if ((t.mode !== 'countersign' && t.mode !== 'anysign') || !t.assignees?.length) return undefined;
  const assignees = [...new Set(t.assignees)];
  const signed = assignees.flatMap((u) => (t.signatures ?? []).filter((s) => s.username === u).slice(0, 1));
  return {
    mode: t.mode,
    needed: t.mode === 'countersign' ? assignees.length : 1,
    total: assignees.length,
    signed,
    unsigned: assignees.filter((u) => !hasSigned(t, u)),
  };
}
