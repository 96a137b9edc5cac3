/** Pure rules of the review pages: the queue's order, what a draft's outcome says, whether a reason is usable. */
import type { QueueMatter } from './review-api';

/** The queue oldest submission first (first come, first reviewed); matters never submitted last, by name. */
export function queueOrder(matters: readonly QueueMatter[]): QueueMatter[] {
  const at = (m: QueueMatter) => m.draft?.submittedAt ?? m.draft?.updatedAt ?? '';
  return matters
    .filter((m) => m.status === 'in_review' || m.draft?.status === 'in_review')
    .sort((a, b) => (at(a) && at(b) ? at(a).localeCompare(at(b)) : at(a) ? -1 : at(b) ? 1 : 0) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The little a draft needs to say where it stands. */
export interface DraftLike {
  status: string;
  version?: number;
  rejectReason?: string;
  submittedAt?: string;
  reviewedBy?: string;
  reviewedAt?: string;
}

export type Outcome =
  | { kind: 'in_review'; submittedAt?: string }
  | { kind: 'rejected'; reason: string; reviewedBy?: string; reviewedAt?: string }
  | { kind: 'published'; version: number }
  | { kind: 'none' };

/**
 * Where a draft stands after submission: waiting in review, rejected with the admin's reason, or
 * published (publishing ends the draft, so that case comes from the head's live version when the
 * caller knows it was just published). A draft being edited has no outcome to show.
 */
export function draftOutcome(draft: DraftLike | null | undefined, publishedVersion?: number | null): Outcome {
  if (draft?.status === 'in_review') return { kind: 'in_review', submittedAt: draft.submittedAt };
  if (draft?.status === 'rejected') return { kind: 'rejected', reason: draft.rejectReason ?? '', reviewedBy: draft.reviewedBy, reviewedAt: draft.reviewedAt };
  if (draft?.status === 'published' && draft.version !== undefined) return { kind: 'published', version: draft.version };
  if (!draft && publishedVersion) return { kind: 'published', version: publishedVersion };
  return { kind: 'none' };
}

/** A reject reason the server accepts: not blank, at most 2000 characters. */
export function reasonProblem(reason: string): 'required' | 'tooLong' | undefined {
  if (!reason.trim()) return 'required';
  if (reason.length > 2000) return 'tooLong';
  return undefined;
}

/** A timestamp as the pages show it: local date and time to the minute. */
export function shortTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
