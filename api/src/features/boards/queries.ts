import { BOARD_LIMITS, NotFound } from '../../domain/index.js';
import type { DocumentStore, NewDocument, QuerySpec, Stored } from '../../store/port.js';
import {
  cardDocId,
  STAGES_CARD_ID,
  summaryDocId,
  type AnyCardDoc,
  type CardDoc,
  type CardVersionDoc,
  type StoredAnyCard,
  type StoredCard,
  type StoredCardVersion,
  type StoredSummary,
  type SummaryDoc,
} from './model.js';

/** Page size of board queries: a board (and a space's summaries) fit in one page, so one query suffices. */
const PAGE = 1000;

/** Reads every page of a single-partition query (one page in practice, see PAGE). */
async function all<T extends NewDocument>(store: DocumentStore, pk: string, spec: QuerySpec): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query<T>(pk, { ...spec, continuation });
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}

/** Every card of a board (the account header and the board's copy of the stages included): one query. */
export async function queryBoardCards(store: DocumentStore, pk: string, boardId: string): Promise<StoredAnyCard[]> {
  return all<AnyCardDoc>(store, pk, { type: 'boardCard', where: { boardId }, limit: PAGE });
}

/**
 * The summaries of a space's boards, optionally only those one person owns: one query. `archived`
 * keeps only the active boards (`false`) or only the archived ones (`true`); left out, every board
 * (what limits and stage checks count, since an archived board comes back unchanged). `closed` does
 * the same for closed deals, and `search` keeps the boards whose name or segment holds every word.
 */
export async function listSummaries(
  store: DocumentStore,
  pk: string,
  filter: { ownerId?: string; archived?: boolean; closed?: boolean; search?: string } = {},
): Promise<StoredSummary[]> {
  const where: Record<string, string> = {};
  if (filter.ownerId) where.ownerId = filter.ownerId;
  const summaries = await all<SummaryDoc>(store, pk, { type: 'boardSummary', where, limit: PAGE });
  const words = (filter.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return summaries.filter(
    (s) =>
      (filter.archived === undefined || Boolean(s.archivedAt) === filter.archived) &&
      (filter.closed === undefined || Boolean(s.closing) === filter.closed) &&
      words.every((w) => `${s.name} ${s.segment}`.toLocaleLowerCase().includes(w)),
  );
}

export async function getSummary(store: DocumentStore, pk: string, boardId: string): Promise<StoredSummary> {
  const summary = await store.read<SummaryDoc>(pk, summaryDocId(boardId));
  if (!summary) throw new NotFound('board');
  return summary;
}

/** One card people edit; the board's copy of the stages is not one of them. */
export async function findCard(
  store: DocumentStore,
  pk: string,
  boardId: string,
  cardId: string,
): Promise<StoredCard | undefined> {
  if (cardId === STAGES_CARD_ID) return undefined;
  return store.read<CardDoc>(pk, cardDocId(boardId, cardId));
}

/** The newest versions of one card, newest first. */
export async function listCardVersions(
  store: DocumentStore,
  pk: string,
  boardId: string,
  cardId: string,
  limit: number = BOARD_LIMITS.historyShown,
): Promise<StoredCardVersion[]> {
  const page = await store.query<CardVersionDoc>(pk, {
    type: 'cardVersion',
    where: { boardId, cardId },
    orderBy: { field: 'revision', direction: 'desc' },
    limit,
  });
  return page.items;
}
