import type { SpaceAccess } from '../../auth/policy.js';
import {
  type BoardStagesBody,
  Conflict,
  DEFAULT_BOARD_STAGES,
  NotFound,
  PreconditionFailed,
  PreconditionRequired,
  type StageDefinition,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import {
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
  let saved: StoredStages;
  if (current.doc) {
    if (!ifMatch) throw new PreconditionRequired();
    saved = await store.replace(doc, { ifMatch });
  } else {
    // Nothing saved yet, so there is nothing an If-Match could name.
    if (ifMatch) throw new PreconditionFailed();
    try {
      saved = await store.create(doc);
    } catch (error) {
      if (error instanceof Conflict) throw new PreconditionFailed();
      throw error;
    }
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
