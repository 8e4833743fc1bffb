import type { StoredSpace } from './model.js';

/** Looks up a member's name for owner and author fields; a departed member shows no name. */
export function nameOf(space: StoredSpace, userId: string | null): string | null {
  if (!userId) return null;
  return space.members.find((m) => m.userId === userId)?.name ?? null;
}
