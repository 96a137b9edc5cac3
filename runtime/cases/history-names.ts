/**
 * The staff case view's history with each staff actor's display name where the catalogue knows it.
 * Lines recorded without one — a window intake's `submit` is recorded under the receiving desk
 * (intake.receivedBy), which carries no name, and older cases — would otherwise show usernames,
 * while the workbench names people by display name elsewhere (case/staff-names.ts reads them from
 * these lines). The stored history is left as recorded; each username is looked up once.
 */
import type { HistoryEntry } from '../engine/index.js';

export async function historyWithNames(history: readonly HistoryEntry[], displayNameOf: (username: string) => Promise<string | undefined>): Promise<HistoryEntry[]> {
  const unnamed = new Set(history.filter((h) => h.actor.kind === 'account' && h.actor.username && !h.actor.displayName).map((h) => h.actor.username!));
  const names = new Map<string, string>();
  await Promise.all(
    [...unnamed].map(async (u) => {
      const name = await displayNameOf(u);
      if (name) names.set(u, name);
    }),
  );
  return history.map((h) => {
    const name = h.actor.kind === 'account' && !h.actor.displayName && h.actor.username ? names.get(h.actor.username) : undefined;
    return name ? { ...h, actor: { ...h.actor, displayName: name } } : h;
  });
}
