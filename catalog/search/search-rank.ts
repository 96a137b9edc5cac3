/**
 * The one ranking of catalogue search, shared by the in-memory index and (as an `ORDER BY CASE`) by
 * the SQL store, so a query returns the same order whichever store answers it.
 *
 * Tiers, best first, for a normalized query q against a haystack (see search-keys.ts):
 *   0. the name is q
 *   1. the name starts with q
 *   2. the name contains q
 *   3. the name's full pinyin or its initials start with q
 *   4. q occurs anywhere else (keywords, themes, code, inside the pinyin)
 * Within a tier: by the name's pinyin sort key, then by code (both ASCII, compared by code unit).
 * An empty query matches everything, all in one tier.
 */
import { HAYSTACK_PART } from './search-keys.js';

export type MatchTier = 0 | 1 | 2 | 3 | 4;

/** Number of tiers; tier values are 0 … TIER_COUNT - 1. */
export const TIER_COUNT = 5;

/** The haystack with its name parts cut out once, so ranking many matters allocates nothing per query. */
export interface TierKeys {
  text: string;
  name: string;
  full: string;
  initials: string;
}

/** Cuts the name, full pinyin and initials out of a haystack (see search-keys.ts for the layout). */
export function tierKeysOf(text: string): TierKeys {
  const [name, full, initials] = text.split(' ', HAYSTACK_PART.initials);
  return { text, name, full, initials };
}

/**
 * The tier of a haystack for a normalized query, or null when it does not match at all.
 *
 * @example matchTier('食品经营许可 shipinjingyingxuke spjyxk …', 'spjy') // 3
 */
export function matchTier(text: string, q: string): MatchTier | null {
  return matchTierOf(tierKeysOf(text), q);
}

/** matchTier over pre-cut keys. */
export function matchTierOf(keys: TierKeys, q: string): MatchTier | null {
  if (q === '') return 0;
  const at = keys.text.indexOf(q);
  if (at < 0) return null;
  // q has no space and the name comes first, so a first occurrence before the name's end lies in it.
  if (at < keys.name.length) {
    if (at > 0) return 2;
    return q.length === keys.name.length ? 0 : 1;
  }
  if (keys.full.startsWith(q) || keys.initials.startsWith(q)) return 3;
  return 4;
}

/** What ranking needs of a matter. */
export interface Rankable {
  sortKey: string;
  code: string;
}

/** Orders matters of the same tier: by name sort key, then by code. */
export function compareRankable(a: Rankable, b: Rankable): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return 0;
}
