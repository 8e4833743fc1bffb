import type { SpaceAccess } from '../../auth/policy.js';
import { Archived, Conflict, NotFound, PreconditionFailed } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { assertMayEditBoard } from './commands.js';
import { summaryDocId, type StoredSummary, type SummaryDoc } from './model.js';
import { boardEtag } from './present.js';
import { queryBoardCards } from './queries.js';

/** Refuses a change to an archived board: it reads as before and takes no change until restored. */
export function assertBoardActive(summary: SummaryDoc): void {
  if (summary.archivedAt) {
    throw new Archived('This board is archived and read-only. Restore it to change it again.');
  }
}

/**
 * Archives (`archived: true`) or restores a board: its owner or a manager. Only the summary is
 * marked, so every card and its history stay as they were and a restore brings the board back
 * unchanged. `ifMatch` is the board's etag as the caller saw it (cards and summary): a board that
 * changed since is refused with 412, and the summary is replaced only if nobody rewrote it in the
 * meantime, so a card write landing at the same moment is never lost.
 */
export async function setBoardArchived(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  archived: boolean,
  ifMatch: string,
  now: Date = new Date(),
): Promise<StoredSummary> {
  const pk = access.space.pk;
  const summary = await store.read<SummaryDoc>(pk, summaryDocId(boardId));
  if (!summary) throw new NotFound('board');
  assertMayEditBoard(access, summary.ownerId);
  const cards = await queryBoardCards(store, pk, boardId);
  if (boardEtag(cards, summary) !== ifMatch) throw new PreconditionFailed();
  if (Boolean(summary.archivedAt) === archived) {
    throw new Conflict(archived ? 'This board is already archived.' : 'This board is not archived.');
  }
  return store.replace<SummaryDoc>(
    {
      ...summary,
      archivedAt: archived ? now.toISOString() : null,
      archivedBy: archived ? access.member.userId : null,
      // The stage and everyone looking at the board poll the version: they see the change at once.
      version: summary.version + 1,
    },
    { ifMatch: summary._etag },
  );
}
