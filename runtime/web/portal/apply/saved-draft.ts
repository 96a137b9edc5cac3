/**
 * The application in progress, kept in the tab's sessionStorage so a reload (or a phone browser
 * dropping the tab while the camera picks a file) does not lose it. Session-only on purpose: an
 * application holds personal data, which must not outlive the tab in localStorage. Keyed by matter
 * code and version, so a newly published version starts fresh; anything malformed is ignored.
 */
import type { Applicant } from '../../../../schemas/types.generated';
import type { MaterialEntry } from './application';

export interface SavedDraft {
  situation?: string;
  applicant: Applicant;
  answers: Record<string, unknown>;
  entries: Record<string, MaterialEntry>;
  step: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyOf = (code: string, version: number) => `matterflow.apply.${code}@${version}`;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function isEntry(v: unknown): v is MaterialEntry {
  return (
    isRecord(v) &&
    ['upload', 'deferred', 'committed', 'paper'].includes(v.mode as string) &&
    Array.isArray(v.files) &&
    v.files.every((f) => isRecord(f) && typeof f.id === 'string' && typeof f.name === 'string')
  );
}

/** The saved draft of this matter version, or undefined when there is none or it is not one. */
export function loadDraft(store: Store | undefined, code: string, version: number): SavedDraft | undefined {
  let raw: string | null = null;
  try {
    raw = store?.getItem(keyOf(code, version)) ?? null;
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(v) || !isRecord(v.applicant) || !isRecord(v.answers) || !isRecord(v.entries) || !Number.isInteger(v.step)) return undefined;
  const a = v.applicant;
  if ((a.kind !== 'individual' && a.kind !== 'legal_person') || typeof a.name !== 'string' || typeof a.phone !== 'string') return undefined;
  if (!Object.values(v.entries).every(isEntry)) return undefined;
  if (v.situation !== undefined && typeof v.situation !== 'string') return undefined;
  return {
    ...(typeof v.situation === 'string' ? { situation: v.situation } : {}),
    applicant: a as unknown as Applicant,
    answers: v.answers,
    entries: v.entries as Record<string, MaterialEntry>,
    step: v.step as number,
  };
}

export function saveDraft(store: Store | undefined, code: string, version: number, draft: SavedDraft): void {
  try {
    store?.setItem(keyOf(code, version), JSON.stringify(draft));
  } catch {
    /* storage full or disabled: the draft lasts as long as the page */
  }
}

export function clearDraft(store: Store | undefined, code: string, version: number): void {
  try {
    store?.removeItem(keyOf(code, version));
  } catch {
    /* nothing kept */
  }
}

/** The tab's sessionStorage, or undefined where it is unavailable (private modes, sandboxes). */
export function sessionStore(): Store | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
