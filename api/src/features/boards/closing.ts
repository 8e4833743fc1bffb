import type { SpaceAccess } from '../../auth/policy.js';
import { type CloseBoardBody, Conflict, NotFound, PreconditionFailed } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { withdrawReview } from '../winloss/index.js';
import { assertBoardActive } from './archive.js';
import { assertMayEditBoard } from './commands.js';
import { summaryDocId, type StoredSummary, type SummaryDoc } from './model.js';
import { boardEtag } from './present.js';
import { queryBoardCards } from './queries.js';

/**
 * Closes a deal as won, lost or no decision (`closing`), or reopens it (`null`): its owner or a
 * manager, with the board's etag as the caller saw it (412 when it changed). A closed board leaves
 * the active lists and stays searchable; its cards are kept as they are. Reopening takes its review
 * out of the analytics until the deal closes again.
 */
export async function setBoardClosing(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  closing: CloseBoardBody | null,
  ifMatch: string,
  now: Date = new Date(),
): Promise<StoredSummary> {
  const pk = access.space.pk;
  const summary = await store.read<SummaryDoc>(pk, summaryDocId(boardId));
  if (!summary) throw new NotFound('board');
  assertMayEditBoard(access, summary.ownerId);
  assertBoardActive(summary);
  const cards = await queryBoardCards(store, pk, boardId);
  if (boardEtag(cards, summary) !== ifMatch) throw new PreconditionFailed();
  if (Boolean(summary.closing) === Boolean(closing)) {
    throw new Conflict(closing ? 'This board is already closed; reopen it first.' : 'This board is not closed.');
  }
  const saved = await store.replace<SummaryDoc>(
    {
      ...summary,
      closing: closing ? { ...closing, closedBy: access.member.userId, closedAt: now.toISOString() } : null,
      version: summary.version + 1,
    },
    { ifMatch: summary._etag },
  );
  if (!closing) await withdrawReview(store, pk, boardId);
  return saved;
}
