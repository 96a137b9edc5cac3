/**
 * Staff display names as the case's history knows them (the server puts the actor's display name
 * on each line it records), so the page says 田建国 rather than cgj-leader wherever that person
 * appears; an account not yet seen in the history stays its username.
 */
import type { HistoryLine } from '../api';

export function staffNames(history: readonly HistoryLine[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of history) if (h.actor.username && h.actor.displayName) out[h.actor.username] = h.actor.displayName;
  return out;
}

export const nameOf = (names: Readonly<Record<string, string>>, username: string): string => names[username] ?? username;
