/**
 * The applicant's calls to the runtime API: the live matter, file uploads (multipart), filing an
 * application under an Idempotency-Key, and the tracking calls that carry the case's query code.
 * Errors are the shared `ApiError` (status, code, the server's field errors), as `shared/http.ts`
 * throws them; a staff member signed in on the same browser still gets their CSRF header sent.
 */
import { ApiError, request } from '../../shared/http';
import type { MatterVersion, SupplementNotice } from '../../../../schemas/types.generated';
import type { ApplicationBody } from './application';

export interface Receipt {
  caseNo: string;
  queryCode: string;
  status: string;
  matterCode?: string;
  matterVersion?: number;
  dueDate?: string;
  notice?: SupplementNotice;
}

export interface UploadedFile {
  id: string;
  name: string;
  size?: number;
  type?: string;
}

function csrfHeader(): Record<string, string> {
  const match = document.cookie.split('; ').find((c) => c.startsWith('mf_csrf='));
  return match ? { 'x-csrf-token': decodeURIComponent(match.slice('mf_csrf='.length)) } : {};
}

async function send<T>(path: string, init: { body: BodyInit; headers?: Record<string, string> }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json', ...csrfHeader(), ...init.headers }, body: init.body });
  } catch {
    throw new ApiError(0, 'NETWORK', 'network error');
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: Array<{ path?: string; message: string }> } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, Array.isArray(err?.details) ? err.details : []);
  }
  return data as T;
}

/** The live version of a matter (404 when it is not published). */
export const fetchLiveMatter = (code: string) => request<MatterVersion>('GET', `/matters/${encodeURIComponent(code)}`);
/** One published version of a matter (the one a case runs on). */
export const fetchMatterVersion = (code: string, version: number) => request<MatterVersion>('GET', `/matters/${encodeURIComponent(code)}/versions/${version}`);

/** Uploads one file (checked by content on the server) and returns its id. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  const stored = await send<UploadedFile>('/files', { body: form });
  return { ...stored, name: stored.name ?? file.name };
}

/** Files the application; the same key and body answer the first receipt again, so a retry never files twice. */
export const submitApplication = (body: ApplicationBody, idempotencyKey: string) =>
  send<Receipt>('/cases', { body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey } });
