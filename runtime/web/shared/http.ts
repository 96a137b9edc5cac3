/**
 * The browser apps' HTTP client for the runtime API (designer, portal, workbench, supervision). The
 * staff session lives in the server's httpOnly cookie (sent with credentials 'same-origin');
 * nothing sensitive is stored in localStorage. The CSRF token returned by sign-in is kept in memory
 * and sent as X-CSRF-Token on every write; after a page reload it is read back from the `mf_csrf`
 * cookie, which the server makes readable for exactly that purpose. Applicants have no session:
 * their calls carry the case's query code instead.
 */

/** A staff account's role; `leader` (科室负责人 / 分管领导) works the inbox like a clerk and approves extensions. */
export type Role = 'admin' | 'editor' | 'clerk' | 'leader' | 'supervisor';

export interface SessionUser {
  username: string;
  displayName?: string;
  role: Role;
  departmentId?: string;
  /** The clerk's hall window (窗口), when the account names one. */
  windowId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's field errors (`[{ path, message }]`), e.g. for a refused save. */
    readonly details: ReadonlyArray<{ path?: string; message: string }> = [],
  ) {
    super(message);
  }
}

const CSRF_COOKIE = 'mf_csrf';
let csrfToken: string | undefined;

function csrf(): string | undefined {
  if (csrfToken) return csrfToken;
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : undefined;
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrf();
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'network error');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: Array<{ path?: string; message: string }> } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP_' + res.status, err?.message ?? res.statusText, Array.isArray(err?.details) ? err.details : []);
  }
  return data as T;
}

export async function login(username: string, password: string): Promise<SessionUser> {
  const res = await request<{ csrfToken: string; user: SessionUser }>('POST', '/auth/login', { username, password });
  // The bearer token in the answer is for API clients; the browser relies on the httpOnly cookie.
  csrfToken = res.csrfToken;
  return res.user;
}

/** The signed-in user from the session cookie, or undefined when signed out. */
export async function currentUser(): Promise<SessionUser | undefined> {
  try {
    return await request<SessionUser>('GET', '/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return undefined;
    throw err;
  }
}

export async function logout(): Promise<void> {
  try {
    await request<void>('POST', '/auth/logout');
  } finally {
    csrfToken = undefined;
  }
}

