import type { SpaceAccess } from '../../auth/policy.js';
import { Conflict, keptLineKey, NotFound } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { itemDocId, KEPT_LINES_ID, MAX_KEPT_LINES, type AgendaItemDoc, type KeptLinesDoc } from './model.js';

/** The lines this space keeps in its meetings, as the linter looks them up. */
export async function getKeptLines(store: DocumentStore, pk: string): Promise<ReadonlySet<string>> {
  const doc = await store.read<KeptLinesDoc>(pk, KEPT_LINES_ID);
  return new Set(doc?.lines ?? []);
}

function withLine(lines: readonly string[], key: string, keep: boolean): string[] {
  const others = lines.filter((line) => line !== key);
  return keep ? [...others, key].slice(-MAX_KEPT_LINES) : others;
}

/**
 * "Needs the room": remembers (or forgets) the item's line for every meeting of the space, so the linter
 * stops (or starts again) flagging it as could-be-an-email. The item itself stays where it is, in the
 * meeting and out of the pre-read digest. Concurrent marks by two managers both land.
 */
export async function markNeedsTheRoom(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  itemId: string,
  needsTheRoom: boolean,
): Promise<void> {
  const pk = access.space.pk;
  const item = await store.read<AgendaItemDoc>(pk, itemDocId(meetingId, itemId));
  if (!item) throw new NotFound('agenda item');
  const key = keptLineKey(item.title);
  const change = (current: KeptLinesDoc): KeptLinesDoc => ({
    id: KEPT_LINES_ID,
    pk,
    type: 'agendaKeptLines',
    lines: withLine(current.lines, key, needsTheRoom),
    updatedAt: new Date().toISOString(),
    updatedBy: access.member.userId,
  });
  for (;;) {
    const existing = await store.read<KeptLinesDoc>(pk, KEPT_LINES_ID);
    if (existing) {
      await updateWithRetry<KeptLinesDoc>(store, pk, KEPT_LINES_ID, change);
      return;
    }
    if (!needsTheRoom) return;
    try {
      await store.create(
        change({ id: KEPT_LINES_ID, pk, type: 'agendaKeptLines', lines: [], updatedAt: '', updatedBy: '' }),
      );
      return;
    } catch (error) {
      // Another manager created the list first: add to theirs.
      if (!(error instanceof Conflict)) throw error;
    }
  }
}
