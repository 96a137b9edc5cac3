/**
 * The designer's client-side routes, on the History API (the server answers index.html for every
 * /designer/* path). A page with unsaved work registers a leave guard; in-app navigation asks it first.
 */
import { useEffect, useRef, useState } from 'react';

export const BASE = '/designer';

/** Fired by `navigate` after it changed the URL (already guarded, unlike the browser's back / forward). */
const NAVIGATED = 'matterflow:navigated';

let leaveGuard: (() => boolean) | undefined;

/** Registers the guard (returns true when leaving is fine); returns the function that removes it. */
export function setLeaveGuard(guard: () => boolean): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = undefined;
  };
}

/** True when there is no unsaved work, or the user agrees to drop it (e.g. before signing out). */
export function confirmLeave(): boolean {
  return !leaveGuard || leaveGuard();
}

/** Goes to `path` (below /designer) unless the leave guard says no. */
export function navigate(path: string): boolean {
  if (!confirmLeave()) return false;
  window.history.pushState(null, '', BASE + path);
  window.dispatchEvent(new Event(NAVIGATED));
  return true;
}

/** The route below /designer: '/' or '/matters/<code>'. */
export function usePath(): string {
  const read = () => (window.location.pathname.slice(BASE.length) || '/') + window.location.search;
  const [path, setPath] = useState(read);
  const current = useRef(path);
  current.current = path;
  useEffect(() => {
    const onNavigated = () => setPath(read());
    // Back / forward: the URL has already changed; if the user keeps the page, put the URL back.
    const onPop = () => {
      if (confirmLeave()) setPath(read());
      else window.history.pushState(null, '', BASE + current.current);
    };
    window.addEventListener(NAVIGATED, onNavigated);
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener(NAVIGATED, onNavigated);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return path;
}

/** The matter code of a /matters/<code> route. */
export function matterCodeOf(path: string): string | undefined {
  const m = /^\/matters\/([^/]+)\/?$/.exec(path);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/** The designer's pages; `compare` reads `?from=&to=` (version numbers, `live` or `draft`) itself. */
export type Route =
  | { page: 'catalogue' }
  | { page: 'matter'; code: string }
  | { page: 'compare'; code: string }
  | { page: 'review-queue' }
  | { page: 'review'; code: string }
  | { page: 'calendar' }
  | { page: 'not-found' };

/** The page a route path names: /, /matters/<code>, /matters/<code>/compare, /review, /review/<code>, /calendar. */
export function routeOf(path: string): Route {
  const clean = path.split('?')[0]!.replace(/\/+$/, '') || '/';
  if (clean === '/') return { page: 'catalogue' };
  if (clean === '/review') return { page: 'review-queue' };
  if (clean === '/calendar') return { page: 'calendar' };
  const m = /^\/(matters|review)\/([^/]+)(\/compare)?$/.exec(clean);
  if (!m) return { page: 'not-found' };
  const code = decodeURIComponent(m[2]!);
  if (m[1] === 'review') return m[3] ? { page: 'not-found' } : { page: 'review', code };
  return m[3] ? { page: 'compare', code } : { page: 'matter', code };
}

/** The query parameter `name` of the current URL. */
export function queryParam(name: string): string | undefined {
  return new URLSearchParams(window.location.search).get(name) ?? undefined;
}
