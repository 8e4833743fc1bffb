import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  DEFAULT_BOARD_STAGES,
  type AccountContent,
  type BoardStagesBody,
  type StageDefinition,
} from '../../domain/boards.js';
import { Conflict, NotFound, PreconditionFailed, PreconditionRequired } from '../../domain/errors.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import {
  ACCOUNT_CARD_ID,
  cardDocId,
  STAGES_CARD_ID,
  STAGES_DOC_ID,
  type StagesCardDoc,
  type StagesDoc,
  type StoredStages,
} from './model.js';
import { listSummaries } from './queries.js';

/** The stage definitions in force in a space, with the revision boards compare their copy with. */
export interface SpaceStages {
  stages: StageDefinition[];
  /** 0 while the space uses the defaults. */
  revision: number;
  doc: StoredStages | undefined;
}

/** The space's stage definitions, or the defaults when its manager has not saved any. */
export async function getSpaceStages(store: DocumentStore, pk: string): Promise<SpaceStages> {
  const doc = await store.read<StagesDoc>(pk, STAGES_DOC_ID);
  if (doc) return { stages: doc.stages, revision: doc.revision, doc };
  return { stages: structuredClone([...DEFAULT_BOARD_STAGES]), revision: 0, doc: undefined };
}

/** How many boards write their copy of the stages at once when the definitions change. */
const PROPAGATION_BATCH = 8;

/**
 * Saves the space's stage definitions. Refused (409) when boards sit in a stage the new definitions
 * drop, so that no board is left without a stage. Every board's copy is then brought up to date; a
 * board missed here (a crash half-way) catches up on its next card write.
 */
export async function saveBoardStages(
  store: DocumentStore,
  access: SpaceAccess,
  body: BoardStagesBody,
  ifMatch: string | undefined,
  userId: string,
  now: Date = new Date(),
): Promise<SpaceStages> {
  const pk = access.space.pk;
  const current = await getSpaceStages(store, pk);
  const summaries = await listSummaries(store, pk);
  const ids = new Set(body.stages.map((s) => s.id));
  const stranded = summaries.filter((s) => !ids.has(s.facts.salesStage) || !ids.has(s.facts.buyerStage));
  if (stranded.length > 0) {
    const names = stranded.slice(0, 5).map((s) => s.name);
    throw new Conflict(
      `${stranded.length} board(s) are in a stage these definitions drop (${names.join(', ')}). Move them to another stage first.`,
    );
  }

  const doc: StagesDoc = {
    id: STAGES_DOC_ID,
    pk,
    type: 'boardStages',
    stages: body.stages,
    revision: current.revision + 1,
    updatedAt: now.toISOString(),
    updatedBy: userId,
  };
  if (current.doc && !ifMatch) throw new PreconditionRequired();
  // Nothing saved yet, so there is nothing an If-Match could name.
  if (!current.doc && ifMatch) throw new PreconditionFailed();
  // Boards moving into a dropped stage at this moment (on other instances, too) are caught here.
  const pending = await announceStages(store, pk, doc.revision, [...ids]);
  let saved: StoredStages;
  try {
    if (current.doc) {
      saved = await store.replace(doc, { ifMatch: ifMatch ?? '' });
    } else {
      try {
        saved = await store.create(doc);
      } catch (error) {
        if (error instanceof Conflict) throw new PreconditionFailed();
        throw error;
      }
    }
  } catch (error) {
    await withdrawStages(store, pk, pending.token);
    throw error;
  }

  for (let i = 0; i < summaries.length; i += PROPAGATION_BATCH) {
    await Promise.all(
      summaries.slice(i, i + PROPAGATION_BATCH).map((s) => copyStagesToBoard(store, pk, s.boardId, saved)),
    );
  }
  return { stages: saved.stages, revision: saved.revision, doc: saved };
}

/**
 * Brings one board's copy of the stages up to `stages`. Writes only when the copy is older, so a
 * stale writer never overwrites a newer copy, and retries when someone else wrote the copy first.
 */
export async function copyStagesToBoard(
  store: DocumentStore,
  pk: string,
  boardId: string,
  stages: Pick<StagesDoc, 'stages' | 'revision'>,
): Promise<void> {
  for (let attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
    const card = await store.read<StagesCardDoc>(pk, cardDocId(boardId, STAGES_CARD_ID));
    if (!card || card.stagesRevision >= stages.revision) return;
    try {
      await store.replace<StagesCardDoc>(
        { ...card, stages: stages.stages, stagesRevision: stages.revision },
        { ifMatch: card._etag },
      );
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailed) && !(error instanceof NotFound)) throw error;
    }
  }
}

const COPY_ATTEMPTS = 5;

/* ---------- which stages boards are in: moves and saves of the definitions serialise here ---------- */

export const STAGE_USE_DOC_ID = 'boardStageUse';

/**
 * The stages each board of a space is in, written (with its etag) before a board moves, and by a
 * save of the definitions before it lands. A move into a stage and a save that drops it therefore
 * never both succeed, even on different instances at once: whoever writes second sees the other.
 */
interface StageUseDoc {
  id: typeof STAGE_USE_DOC_ID;
  pk: string;
  type: 'boardStageUse';
  /** boardId -> its sales and buyer stage, with when the entry was written (0: read from the cards). */
  boards: Record<string, { stages: string[]; at: number }>;
  /**
   * Saves of the definitions announced in the last `STAGE_USE_GRACE_MS`: until they land (or fail),
   * moves into a stage one of them lacks are refused; moves checked against older definitions are
   * checked again against the definitions in force.
   */
  pending: { revision: number; stageIds: string[]; at: number; token: string }[];
  [field: string]: unknown;
}

/**
 * Longer than any request: an entry or a pending save this old that the cards or the definitions do
 * not show was left by a write that failed or stopped half-way, and no longer counts.
 */
const STAGE_USE_GRACE_MS = 60_000;
const STAGE_USE_ATTEMPTS = 40;

/** What the account cards say, for a space whose use document is missing or needs checking. */
async function stagesOnCards(store: DocumentStore, pk: string): Promise<Map<string, string[]>> {
  const page = await store.query<{ id: string; pk: string; type: string; boardId: string; content: AccountContent }>(
    pk,
    { type: 'boardCard', where: { cardId: ACCOUNT_CARD_ID }, limit: 1000 },
  );
  return new Map(page.items.map((card) => [card.boardId, [card.content.salesStage, card.content.buyerStage]]));
}

/** Reads the use document, or creates it from the account cards; `undefined` when another writer just did. */
async function readStageUse(store: DocumentStore, pk: string): Promise<Stored<StageUseDoc> | undefined> {
  const current = await store.read<StageUseDoc>(pk, STAGE_USE_DOC_ID);
  if (current) return current;
  const onCards = await stagesOnCards(store, pk);
  try {
    return await store.create<StageUseDoc>({
      id: STAGE_USE_DOC_ID,
      pk,
      type: 'boardStageUse',
      boards: Object.fromEntries([...onCards].map(([boardId, stages]) => [boardId, { stages, at: 0 }])),
      pending: [],
    });
  } catch (error) {
    if (error instanceof Conflict) return undefined;
    throw error;
  }
}

/** Runs `change` on the use document until its etag-guarded write lands. */
async function updateStageUse(
  store: DocumentStore,
  pk: string,
  change: (use: StageUseDoc) => Promise<StageUseDoc | null> | StageUseDoc | null,
): Promise<void> {
  for (let attempt = 1; attempt <= STAGE_USE_ATTEMPTS; attempt++) {
    const current = await readStageUse(store, pk);
    if (current) {
      const { _etag: etag, ...use } = current;
      const next = await change(use);
      if (next === null) return;
      try {
        await store.replace<StageUseDoc>(next, { ifMatch: etag });
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailed)) throw error;
      }
    }
    await backoff(attempt);
  }
  throw new PreconditionFailed('Too many people are changing boards at once. Try again.');
}

/**
 * Records that a board is about to be in `stages` (sales, buyer), checked against the definitions of
 * `revision`; refused (409) when definitions being saved drop one of them. Call before writing the card.
 */
export async function recordBoardStages(
  store: DocumentStore,
  pk: string,
  boardId: string,
  stages: readonly string[],
  revision: number,
  now: () => number = Date.now,
): Promise<void> {
  await updateStageUse(store, pk, async (use) => {
    const pending = use.pending.filter((p) => now() - p.at < STAGE_USE_GRACE_MS && p.revision > revision);
    if (pending.length > 0) {
      // Definitions were saved or are being saved since this move was checked: check it again.
      const current = await getSpaceStages(store, pk);
      const lists = [
        current.stages.map((stage) => stage.id),
        ...pending.filter((p) => p.revision > current.revision).map((p) => p.stageIds),
      ];
      const dropped = stages.filter((stage) => lists.some((ids) => !ids.includes(stage)));
      if (dropped.length > 0) {
        throw new Conflict(
          `The space's stages changed; ${dropped.join(', ')} no longer exists or is being removed. Reload and choose another.`,
        );
      }
    }
    const entry = use.boards[boardId];
    if (entry && entry.stages.join('|') === stages.join('|') && now() - entry.at < STAGE_USE_GRACE_MS) return null;
    return { ...use, boards: { ...use.boards, [boardId]: { stages: [...stages], at: now() } } };
  });
}

/**
 * Before new definitions land: refuses (409) when a board is (or is just moving) into a stage they
 * drop, and otherwise marks them pending so that moves into a dropped stage are refused meanwhile.
 */
async function announceStages(
  store: DocumentStore,
  pk: string,
  revision: number,
  stageIds: readonly string[],
  now: () => number = Date.now,
): Promise<{ token: string }> {
  const at = now();
  const token = randomUUID();
  await updateStageUse(store, pk, async (use) => {
    const outside = (stages: readonly string[]) => stages.some((stage) => !stageIds.includes(stage));
    let boards = use.boards;
    let stranded = Object.keys(boards).filter((id) => outside(boards[id]?.stages ?? []));
    if (stranded.some((id) => at - (boards[id]?.at ?? 0) >= STAGE_USE_GRACE_MS)) {
      // Old entries may be left by moves that never reached their card: the cards decide.
      const onCards = await stagesOnCards(store, pk);
      boards = Object.fromEntries(
        Object.entries(boards).flatMap(([id, entry]) => {
          if (at - entry.at < STAGE_USE_GRACE_MS) return [[id, entry]];
          const stages = onCards.get(id);
          return stages ? [[id, { stages, at: 0 }]] : [];
        }),
      );
      stranded = Object.keys(boards).filter((id) => outside(boards[id]?.stages ?? []));
    }
    if (stranded.length > 0) {
      throw new Conflict(
        `${stranded.length} board(s) are in a stage these definitions drop, or are moving into one. Move them to another stage first.`,
      );
    }
    const young = use.pending.filter((p) => at - p.at < STAGE_USE_GRACE_MS);
    return { ...use, boards, pending: [...young, { revision, stageIds: [...stageIds], at, token }] };
  });
  return { token };
}

/** Takes back a save that did not land, so that moves are not refused for nothing. */
async function withdrawStages(store: DocumentStore, pk: string, token: string): Promise<void> {
  await updateStageUse(store, pk, (use) =>
    use.pending.some((p) => p.token === token)
      ? { ...use, pending: use.pending.filter((p) => p.token !== token) }
      : null,
  );
}
