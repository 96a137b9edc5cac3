/** The review pages' HTTP calls: the queue, the submitted draft, its lint, publish and reject. */
import type { LintReport } from '../../../catalog/lint/lint-finding.js';
import type { MatterVersion } from '../../../schemas/types.generated.js';
import { request, type WorkspaceMatter } from '../api';

/** A workspace matter as the list answers it (its draft summary carries submittedAt too). */
export type QueueMatter = WorkspaceMatter & { draft: (NonNullable<WorkspaceMatter['draft']> & { submittedAt?: string }) | null };

const path = (code: string) => `/matters/${encodeURIComponent(code)}`;

/** Matters whose draft waits for review (admin: all departments). */
export const reviewQueue = () => request<QueueMatter[]>('GET', '/workspace/matters?status=in_review');
/** Every matter the user may see, for the head of one (liveVersion, status). */
export const workspaceHead = async (code: string) => (await request<QueueMatter[]>('GET', '/workspace/matters')).find((m) => m.code === code);
export const draftVersion = (code: string) => request<MatterVersion>('GET', `${path(code)}/versions/draft`);
export const draftLint = (code: string) => request<LintReport & { version: number; status: string }>('GET', `${path(code)}/lint?version=draft`);
export const publishDraft = (code: string) => request<{ liveVersion: number | null; status: string }>('POST', `${path(code)}/draft/publish`);
export const rejectDraft = (code: string, reason: string) => request<{ status: string }>('POST', `${path(code)}/draft/reject`, { reason });
