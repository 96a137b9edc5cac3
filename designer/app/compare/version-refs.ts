/**
 * Version references of the compare view's URL (`?from=&to=`) and pickers: parsing, the default
 * pair, and the picker's choices. Pure: the page reads the URL and the API, this decides.
 */
import type { VersionRef } from './compare-api';

/** `3`, `live` or `draft` from a query value; undefined for anything else. */
export function parseRef(raw: string | undefined | null): VersionRef | undefined {
  if (raw === 'live' || raw === 'draft') return raw;
  if (raw && /^\d{1,9}$/.test(raw) && Number(raw) >= 1) return Number(raw);
  return undefined;
}

/** What the matter offers to compare: published version numbers (oldest first), the live one, whether a draft exists. */
export interface Available {
  versions: readonly number[];
  live: number | null;
  hasDraft: boolean;
}

/**
 * The pair to show when the URL names none (or only one): `to` defaults to the draft if there is
 * one, else the live (or newest) version; `from` to what `to` replaces — the live version for a
 * draft, else the version before `to`. `from` is undefined when there is nothing earlier.
 */
export function defaultPair(a: Available, from?: VersionRef, to?: VersionRef): { from?: VersionRef; to?: VersionRef } {
  const newest = a.versions.length > 0 ? a.versions[a.versions.length - 1] : undefined;
  const toRef = to ?? (a.hasDraft ? 'draft' : (a.live ?? newest));
  if (from !== undefined) return { from, to: toRef };
  const toNumber = toRef === 'live' ? a.live : toRef === 'draft' ? undefined : toRef;
  let fromRef: VersionRef | undefined;
  if (toRef === 'draft') fromRef = a.live ?? newest;
  else if (toNumber !== null && toNumber !== undefined) fromRef = [...a.versions].reverse().find((v) => v < toNumber);
  return { from: fromRef, to: toRef };
}

/** A picker choice: the ref as the URL writes it, and how to label it. */
export interface RefOption {
  value: string;
  kind: 'version' | 'draft';
  version?: number;
  live: boolean;
}

/** Published versions newest first (the live one flagged), then 草稿 when there is one. */
export function refOptions(a: Available): RefOption[] {
  const options: RefOption[] = [...a.versions].reverse().map((v) => ({ value: String(v), kind: 'version', version: v, live: v === a.live }));
  if (a.hasDraft) options.push({ value: 'draft', kind: 'draft', live: false });
  return options;
}

/** The picker value of a ref: `live` becomes the live version's number so the picker shows it. */
export function refValue(ref: VersionRef | undefined, live: number | null): string | undefined {
  if (ref === undefined) return undefined;
  if (ref === 'live') return live === null ? undefined : String(live);
  return String(ref);
}
