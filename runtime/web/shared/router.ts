/**
 * Client-side routes of a runtime browser app on the History API (the server answers the app's page
 * for every path below its base). `createRouter('/workbench')` gives the app its `navigate`, a
 * `usePath` hook (path below the base, with the query) and `queryParam`. The portal's base is ''.
 *
 * @example
 * export const { navigate, usePath } = createRouter('/workbench');
 * navigate(`/cases/${caseNo}`);
 */
import { useEffect, useState } from 'react';

export interface AppRouter {
  base: string;
  navigate(path: string): void;
  /** The path below the base plus the query, e.g. '/cases/MF1?tab=flow'; re-renders on navigation and back / forward. */
  usePath(): string;
  /** An href for an <a> (so opening in a new tab works), e.g. href('/cases/MF1') → '/workbench/cases/MF1'. */
  href(path: string): string;
}

export function createRouter(base: string): AppRouter {
  const event = `matterflow:navigated:${base}`;
  const read = () => (window.location.pathname.slice(base.length) || '/') + window.location.search;
  return {
    base,
    navigate(path) {
      window.history.pushState(null, '', base + path);
      window.dispatchEvent(new Event(event));
      window.scrollTo(0, 0);
    },
    usePath() {
      const [path, setPath] = useState(read);
      useEffect(() => {
        const update = () => setPath(read());
        window.addEventListener(event, update);
        window.addEventListener('popstate', update);
        return () => {
          window.removeEventListener(event, update);
          window.removeEventListener('popstate', update);
        };
      }, []);
      return path;
    },
    href: (path) => base + path,
  };
}

/** The path part of a `usePath` value, without the query. */
export function pathOf(pathWithQuery: string): string {
  return pathWithQuery.split('?')[0]!;
}

/** A query parameter of a `usePath` value. */
export function queryOf(pathWithQuery: string, name: string): string | undefined {
  const q = pathWithQuery.indexOf('?');
  return q < 0 ? undefined : (new URLSearchParams(pathWithQuery.slice(q + 1)).get(name) ?? undefined);
}
