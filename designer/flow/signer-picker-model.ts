/**
 * The signer picker of a 会签 / 或签 step, as plain data: the options a search shows (the step
 * department's clerks and leaders, GET /api/departments/:id/accounts?q=), the chips of the signers
 * already chosen (named even when the last search did not return them), and the node patches that
 * keep `assignees` meaningful — only a 会签 / 或签 step has signers, and they belong to its department.
 */
import type { FlowNode } from '../../schemas/types.generated.js';
import type { NodePatch } from './flow-command';

export interface SignerAccount {
  username: string;
  displayName?: string;
  role: string;
}

export interface SignerOption {
  value: string;
  label: string;
  /** A chosen signer no search has returned this session (left the department, or not yet loaded). */
  unknown?: boolean;
}

/** Whether a step's mode takes named signers. */
export const takesSigners = (mode: FlowNode['mode']): boolean => mode === 'countersign' || mode === 'anysign';

/** How an account reads in the picker: 张敏（scjg-clerk2）, or the username alone. */
export function signerLabel(a: Pick<SignerAccount, 'username' | 'displayName'>): string {
  return a.displayName && a.displayName !== a.username ? `${a.displayName}（${a.username}）` : a.username;
}

/** Every account seen so far, by username, with the latest search's answers added. */
export function rememberAccounts(known: ReadonlyMap<string, SignerAccount>, found: readonly SignerAccount[]): Map<string, SignerAccount> {
  const next = new Map(known);
  for (const a of found) next.set(a.username, a);
  return next;
}

/**
 * The picker's options: the search's answers, then the chosen signers it did not return (so their
 * chips keep their names), each named from what is known.
 */
export function signerOptions(found: readonly SignerAccount[], chosen: readonly string[], known: ReadonlyMap<string, SignerAccount>): SignerOption[] {
  const options: SignerOption[] = found.map((a) => ({ value: a.username, label: signerLabel(a) }));
  const listed = new Set(options.map((o) => o.value));
  for (const username of chosen) {
    if (listed.has(username)) continue;
    const a = known.get(username);
    options.push(a ? { value: username, label: signerLabel(a) } : { value: username, label: username, unknown: true });
  }
  return options;
}

/** The patch of a chosen signer list: none left removes `assignees` (anyone in the department's inbox). */
export function assigneesPatch(usernames: readonly string[]): NodePatch {
  const unique = [...new Set(usernames)];
  return { assignees: unique.length ? unique : undefined };
}

/** A mode change: a single-handler step keeps no signers. */
export function modePatch(node: Pick<FlowNode, 'assignees'>, mode: NonNullable<FlowNode['mode']>): NodePatch {
  return takesSigners(mode) || node.assignees === undefined ? { mode } : { mode, assignees: undefined };
}

/** A department change: the signers were the old department's accounts, so they go. */
export function departmentPatch(node: Pick<FlowNode, 'departmentId' | 'assignees'>, departmentId: string | undefined): NodePatch {
  if (departmentId === node.departmentId) return {};
  return node.assignees === undefined ? { departmentId } : { departmentId, assignees: undefined };
}

/** A step-type change: only a deliver step is worked at the accepting desk (统一出件). */
export function stepTypePatch(node: Pick<FlowNode, 'atAcceptingDesk'>, stepType: NonNullable<FlowNode['stepType']>): NodePatch {
  return stepType === 'deliver' || node.atAcceptingDesk === undefined ? { stepType } : { stepType, atAcceptingDesk: undefined };
}
