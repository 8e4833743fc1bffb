/** Use cases of a board's cards: add, edit, delete and restore, each within its section's limit. */
import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  BOARD_CARD_DEFAULTS,
  BOARD_LIMITS,
  type BoardSectionKind,
  Conflict,
  type CreateBoardCardBody,
  NotFound,
  PreconditionFailed,
  PreconditionRequired,
  type UpdateBoardCardBody,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { claimSlot, releaseSlot, type SlotSet } from '../../store/slots.js';
import {
  assertValidContent,
  CardConflict,
  type CardWrite,
  changedFields,
  contentOf,
  invalid,
  loadForWrite,
  recordStageMove,
  recordVersion,
  refreshSummary,
  SECTION_NAMES,
} from './commands.js';
import {
  cardDocId,
  STAGES_CARD_ID,
  versionDocId,
  type CardDoc,
  type CardVersionDoc,
  type ChangeRecord,
  type StoredCard,
} from './model.js';
import { findCard, listCardVersions, queryBoardCards } from './queries.js';

/** The cards of one section of one board, at most `BOARD_LIMITS.cardsPerSection[kind]`. */
function sectionSlots(store: DocumentStore, pk: string, boardId: string, kind: BoardSectionKind): SlotSet {
  const max = BOARD_LIMITS.cardsPerSection[kind];
  return {
    pk,
    set: sectionSet(boardId, kind),
    max,
    members: async () =>
      (await queryBoardCards(store, pk, boardId)).filter((c) => c.kind === kind).map((c) => c.cardId),
    full: () =>
      new ValidationError(
        `A board can have at most ${max} ${SECTION_NAMES[kind]}. Remove or merge one before adding another.`,
        [{ field: 'body.kind', message: `at most ${max} ${SECTION_NAMES[kind]} per board` }],
      ),
  };
}

const sectionSet = (boardId: string, kind: BoardSectionKind): string => `board|${boardId}|${kind}`;

/**
 * Claims a place in the card's section before the card is written, so that cards added (or
 * restored) at once never exceed the section's limit; refused (400) when the section is full.
 */
async function claimRoomFor(
  store: DocumentStore,
  pk: string,
  boardId: string,
  kind: BoardSectionKind,
  cardId: string,
): Promise<void> {
  await claimSlot(store, sectionSlots(store, pk, boardId, kind), cardId);
}

/** Adds a card to a section; refused (400) when the section is full. */
export async function addCard(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  body: CreateBoardCardBody,
  now: Date = new Date(),
): Promise<CardWrite> {
  const pk = access.space.pk;
  const { summary, stages } = await loadForWrite(store, access, boardId);
  const { kind, ...fields } = body;
  const content = contentOf(kind, { ...BOARD_CARD_DEFAULTS[kind], ...fields });
  assertValidContent(access, kind, content, stages.stages, null);

  const cardId = randomUUID();
  await claimRoomFor(store, pk, boardId, kind, cardId);
  const at = now.toISOString();
  const userId = access.member.userId;
  const card = await store.create<CardDoc>({
    id: cardDocId(boardId, cardId),
    pk,
    type: 'boardCard',
    boardId,
    cardId,
    kind,
    content,
    revision: 1,
    createdAt: at,
    createdBy: userId,
    updatedAt: at,
    updatedBy: userId,
  });
  await recordVersion(store, card, 'create', changedFields(null, content));
  const change: ChangeRecord = { by: userId, at, cardId, kind, action: 'create' };
  return { card, summary: await refreshSummary(store, pk, boardId, change, stages, summary), stages: stages.stages };
}

/** Writes `next` over `current` with the editor's etag; a lost race becomes a `CardConflict`. */
async function replaceCard(
  store: DocumentStore,
  current: StoredCard,
  next: CardDoc,
  ifMatch: string,
): Promise<StoredCard> {
  try {
    return await store.replace(next, { ifMatch });
  } catch (error) {
    if (!(error instanceof PreconditionFailed) && !(error instanceof NotFound)) throw error;
    throw new CardConflict((await findCard(store, current.pk, current.boardId, current.cardId)) ?? null);
  }
}

/**
 * Changes the given fields of one card. `ifMatch` is the etag the editor saw: if the card changed
 * since, nothing is written and the answer carries the current card (see `CardConflict`).
 */
export async function updateCard(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  cardId: string,
  body: UpdateBoardCardBody,
  ifMatch: string,
  now: Date = new Date(),
): Promise<CardWrite> {
  const pk = access.space.pk;
  const { summary, stages } = await loadForWrite(store, access, boardId);
  const current = await findCard(store, pk, boardId, cardId);
  if (!current) throw new NotFound('card');
  if (body.kind !== current.kind) throw invalid('body.kind', `must be "${current.kind}", the kind of this card`);
  if (current._etag !== ifMatch) throw new CardConflict(current);

  const { kind: _kind, ...fields } = body;
  const patch = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const content = contentOf(current.kind, { ...current.content, ...patch });
  assertValidContent(access, current.kind, content, stages.stages, current.content);
  const changed = changedFields(current.content, content);
  if (changed.length === 0) return { card: current, summary, stages: stages.stages };
  await recordStageMove(store, pk, boardId, current.kind, current.content, content, stages);

  const at = now.toISOString();
  const userId = access.member.userId;
  const card = await replaceCard(
    store,
    current,
    { ...stripStored(current), content, revision: current.revision + 1, updatedAt: at, updatedBy: userId },
    ifMatch,
  );
  await recordVersion(store, card, 'update', changed);
  const change: ChangeRecord = { by: userId, at, cardId, kind: card.kind, action: 'update' };
  return { card, summary: await refreshSummary(store, pk, boardId, change, stages, summary), stages: stages.stages };
}

/** Deletes one card (not the account header). Its history stays, so it can be restored. */
export async function deleteCard(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  cardId: string,
  ifMatch: string,
  now: Date = new Date(),
): Promise<CardWrite> {
  const pk = access.space.pk;
  const { summary, stages } = await loadForWrite(store, access, boardId);
  const current = await findCard(store, pk, boardId, cardId);
  if (!current) throw new NotFound('card');
  if (current.kind === 'account') throw new Conflict('The account header cannot be deleted.');
  if (current._etag !== ifMatch) throw new CardConflict(current);
  try {
    await store.delete(pk, current.id, { ifMatch });
  } catch (error) {
    if (!(error instanceof PreconditionFailed) && !(error instanceof NotFound)) throw error;
    throw new CardConflict((await findCard(store, pk, boardId, cardId)) ?? null);
  }
  // After the delete: a crash in between leaves a claim the next full section drops (store/slots.ts).
  await releaseSlot(store, pk, sectionSet(boardId, current.kind), cardId);
  const at = now.toISOString();
  const userId = access.member.userId;
  const tombstone = { ...current, revision: current.revision + 1, updatedAt: at, updatedBy: userId };
  await recordVersion(store, tombstone, 'delete', []);
  const change: ChangeRecord = { by: userId, at, cardId, kind: current.kind, action: 'delete' };
  return {
    card: null,
    summary: await refreshSummary(store, pk, boardId, change, stages, summary),
    stages: stages.stages,
  };
}

/**
 * Writes a card's content as it was at `revision`, as a new revision (the history keeps everything).
 * An existing card needs the editor's etag; a deleted card comes back.
 */
export async function restoreCard(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  cardId: string,
  revision: number,
  ifMatch: string | undefined,
  now: Date = new Date(),
): Promise<CardWrite> {
  const pk = access.space.pk;
  const { summary, stages } = await loadForWrite(store, access, boardId);
  if (cardId === STAGES_CARD_ID) throw new NotFound('card');
  const version = await store.read<CardVersionDoc>(pk, versionDocId(boardId, cardId, revision));
  if (!version) throw new NotFound('card version');
  const current = await findCard(store, pk, boardId, cardId);
  const content = contentOf(version.kind, version.content);
  assertValidContent(access, version.kind, content, stages.stages, current?.content ?? null);
  const at = now.toISOString();
  const userId = access.member.userId;

  let card: StoredCard;
  if (current) {
    if (!ifMatch) throw new PreconditionRequired();
    if (current._etag !== ifMatch) throw new CardConflict(current);
    await recordStageMove(store, pk, boardId, current.kind, current.content, content, stages);
    card = await replaceCard(
      store,
      current,
      { ...stripStored(current), content, revision: current.revision + 1, updatedAt: at, updatedBy: userId },
      ifMatch,
    );
  } else {
    if (version.kind === 'account') throw new NotFound('board');
    await claimRoomFor(store, pk, boardId, version.kind, cardId);
    const [latest] = await listCardVersions(store, pk, boardId, cardId, 1);
    try {
      card = await store.create<CardDoc>({
        id: cardDocId(boardId, cardId),
        pk,
        type: 'boardCard',
        boardId,
        cardId,
        kind: version.kind,
        content,
        revision: (latest?.revision ?? revision) + 1,
        createdAt: at,
        createdBy: userId,
        updatedAt: at,
        updatedBy: userId,
      });
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      throw new CardConflict((await findCard(store, pk, boardId, cardId)) ?? null);
    }
  }
  await recordVersion(store, card, 'restore', changedFields(current?.content ?? null, content), revision);
  const change: ChangeRecord = { by: userId, at, cardId, kind: card.kind, action: 'restore' };
  return { card, summary: await refreshSummary(store, pk, boardId, change, stages, summary), stages: stages.stages };
}
