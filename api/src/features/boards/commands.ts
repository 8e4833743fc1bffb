import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  type AccountContent,
  applyCard,
  BOARD_CARD_CONTENT,
  BOARD_CARD_DEFAULTS,
  BOARD_LIMITS,
  type BoardCard,
  type BoardCardContent,
  type BoardCardKind,
  type BoardLastChange,
  type BoardSectionKind,
  can,
  type CreateBoardBody,
  factsOfBoard,
  Forbidden,
  PreconditionFailed,
  type StageDefinition,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import { claimSlot } from '../../store/slots.js';
import { assertBoardActive } from './archive.js';
import {
  ACCOUNT_CARD_ID,
  cardDocId,
  STAGES_CARD_ID,
  summaryDocId,
  versionDocId,
  type CardDoc,
  type CardVersionDoc,
  type ChangeRecord,
  type StagesCardDoc,
  type StoredCard,
  type StoredSummary,
  type SummaryDoc,
} from './model.js';
import { findCard, getSummary, listSummaries } from './queries.js';
import { copyStagesToBoard, getSpaceStages, recordBoardStages, type SpaceStages } from './stages.js';

/**
 * A stale card write. Carries the card as the server has it (null: deleted) so that the editor can
 * see both versions and choose to merge or overwrite; nothing is overwritten silently.
 */
export class CardConflict extends PreconditionFailed {
  constructor(readonly current: StoredCard | null) {
    super(
      current
        ? 'Someone else changed this card first. Compare your version with theirs, then merge or overwrite.'
        : 'Someone else deleted this card. Restore it from its history if it is still needed.',
    );
  }
}

/** The outcome of every card write: the card (null after a delete), the board's new summary and stages. */
export interface CardWrite {
  card: StoredCard | null;
  summary: StoredSummary;
  stages: StageDefinition[];
}

export const SECTION_NAMES: Record<BoardSectionKind, string> = {
  stakeholder: 'stakeholders',
  goal: 'buyer goals',
  hypothesis: 'value hypotheses',
  risk: 'risks',
  competitor: 'competitors',
  action: 'next actions',
  evidence: 'evidence cards',
};

/** Managers edit every board; a rep edits the boards of accounts they own; contributors read. */
export function assertMayEditBoard(access: SpaceAccess, ownerId: string): void {
  if (can(access.member.role, 'boards.editAny')) return;
  if (can(access.member.role, 'boards.edit') && ownerId === access.member.userId) return;
  throw new Forbidden('Reps edit the boards of the accounts they own; ask the owner or a manager.');
}

/** Whether the caller may edit a board owned by `ownerId` (what the board view shows). */
export function mayEditBoard(access: SpaceAccess, ownerId: string): boolean {
  try {
    assertMayEditBoard(access, ownerId);
    return true;
  } catch {
    return false;
  }
}

export function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`${field}: ${message}`, [{ field, message }]);
}

function assertMember(access: SpaceAccess, userId: string | null, field: string): void {
  if (userId !== null && !access.space.members.some((m) => m.userId === userId)) {
    throw invalid(field, 'must be a member of this space');
  }
}

function assertOwner(access: SpaceAccess, ownerId: string, field: string): void {
  const member = access.space.members.find((m) => m.userId === ownerId);
  if (!member || member.role === 'contributor') throw invalid(field, 'must be a rep or manager of this space');
}

/**
 * Rules a card's content must meet beyond its schema: people are members, stages and criteria are the
 * space's, and only managers hand an account to someone else. References are checked when they are
 * set or changed, so a card whose person left the team can still be edited in its other fields.
 */
export function assertValidContent(
  access: SpaceAccess,
  kind: BoardCardKind,
  content: BoardCardContent,
  stages: readonly StageDefinition[],
  previous: BoardCardContent | null,
): void {
  const next = content as Record<string, unknown>;
  const before = (previous ?? {}) as Record<string, unknown>;
  const changed = (field: string): boolean => previous === null || next[field] !== before[field];
  if (kind === 'account') {
    const stageIds = stages.map((s) => s.id);
    for (const field of ['salesStage', 'buyerStage'] as const) {
      if (changed(field) && !stageIds.includes(next[field] as string)) {
        throw invalid(`body.${field}`, `must be one of the space's stages: ${stageIds.join(', ')}`);
      }
    }
    if (changed('ownerId')) {
      if (previous && !can(access.member.role, 'boards.editAny')) {
        throw new Forbidden('Only a manager can hand an account to another owner.');
      }
      assertOwner(access, next.ownerId as string, 'body.ownerId');
    }
  }
  if ((kind === 'risk' || kind === 'action') && changed('ownerId')) {
    assertMember(access, next.ownerId as string | null, 'body.ownerId');
  }
  if (kind === 'evidence' && changed('criterionId')) {
    const criterionIds = stages.flatMap((s) => s.exitCriteria.map((x) => x.id));
    if (!criterionIds.includes(next.criterionId as string)) {
      throw invalid('body.criterionId', `must be one of the space's exit criteria: ${criterionIds.join(', ')}`);
    }
  }
}

/**
 * Before an account card's stages change: records the board's new stages where a save of the stage
 * definitions sees them (see `recordBoardStages`), so that a save dropping one of them cannot land
 * at the same moment.
 */
export async function recordStageMove(
  store: DocumentStore,
  pk: string,
  boardId: string,
  kind: BoardCardKind,
  before: BoardCardContent | null,
  after: BoardCardContent,
  stages: SpaceStages,
): Promise<void> {
  if (kind !== 'account') return;
  const next = after as AccountContent;
  const previous = before as AccountContent | null;
  if (previous && previous.salesStage === next.salesStage && previous.buyerStage === next.buyerStage) return;
  await recordBoardStages(store, pk, boardId, [next.salesStage, next.buyerStage], stages.revision);
}

/** Content fields whose values differ between two versions of a card. */
export function changedFields(before: BoardCardContent | null, after: BoardCardContent): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}

/** Parses content against its kind's schema: the one shape every stored card has. */
export function contentOf(kind: BoardCardKind, value: unknown): BoardCardContent {
  const result = BOARD_CARD_CONTENT[kind].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = `body.${issue?.path.map(String).join('.') ?? ''}`;
    throw invalid(field, issue?.message ?? 'is not valid');
  }
  return result.data;
}

/** What every write needs first: the board's summary (who owns it) and the space's stages. */
export async function loadForWrite(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
): Promise<{ summary: StoredSummary; stages: SpaceStages }> {
  const summary = await getSummary(store, access.space.pk, boardId);
  assertMayEditBoard(access, summary.ownerId);
  assertBoardActive(summary);
  return { summary, stages: await getSpaceStages(store, access.space.pk) };
}

const SUMMARY_ATTEMPTS = 40;

/**
 * Folds the current state of one card into its board's summary after that card was written, and
 * bumps the version the stage polls. The card is read after the summary and the summary is replaced
 * only if nobody rewrote it in between, so concurrent writers of other cards never undo each other.
 *
 * Many people editing one board all rewrite its summary; to keep that cheap, a writer who loses the
 * race re-reads the summary and stops when it already holds this card's current state: the summary
 * was then rewritten after this card's write (so pollers see a new version), and nothing is missing.
 */
export async function refreshSummary(
  store: DocumentStore,
  pk: string,
  boardId: string,
  change: ChangeRecord,
  stages: SpaceStages,
  before: StoredSummary,
): Promise<StoredSummary> {
  if (before.stagesRevision < stages.revision) await copyStagesToBoard(store, pk, boardId, stages);
  // Read after the card write: any later rewrite of the summary happened after it too.
  let summary = await getSummary(store, pk, boardId);
  for (let attempt = 1; ; attempt++) {
    const card = await findCard(store, pk, boardId, change.cardId);
    const header = card?.kind === 'account' ? (card.content as AccountContent) : undefined;
    const next: SummaryDoc = {
      ...summary,
      ...(header
        ? {
            name: header.name,
            segment: header.segment,
            ownerId: header.ownerId,
            value: header.value,
            currency: header.currency,
          }
        : {}),
      facts: applyCard(summary.facts, change.cardId, card ? (card as unknown as BoardCard) : null),
      stagesRevision: Math.max(summary.stagesRevision, stages.revision),
      version: summary.version + 1,
      lastChange: change,
    };
    if (attempt > 1 && sameDerivedState(summary, next)) return summary;
    try {
      return await store.replace(next, { ifMatch: summary._etag });
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= SUMMARY_ATTEMPTS) throw error;
    }
    await backoff(attempt);
    summary = await getSummary(store, pk, boardId);
  }
}

/** Whether two summaries agree on everything derived from cards (version and last change aside). */
function sameDerivedState(a: SummaryDoc, b: SummaryDoc): boolean {
  const derived = (s: SummaryDoc) =>
    JSON.stringify([s.name, s.segment, s.ownerId, s.value, s.currency, s.facts, s.stagesRevision]);
  return derived(a) === derived(b);
}

export async function recordVersion(
  store: DocumentStore,
  card: StoredCard,
  action: BoardLastChange['action'],
  fields: string[],
  restoredFrom: number | null = null,
): Promise<void> {
  await store.create<CardVersionDoc>({
    id: versionDocId(card.boardId, card.cardId, card.revision),
    pk: card.pk,
    type: 'cardVersion',
    boardId: card.boardId,
    cardId: card.cardId,
    kind: card.kind,
    revision: card.revision,
    action,
    content: card.content,
    changedFields: fields,
    changedBy: card.updatedBy,
    changedAt: card.updatedAt,
    restoredFrom,
  });
}

/**
 * Opens a board for an account: its header card, the board's copy of the stages, its summary and the
 * header's first version. A rep may only create boards they own.
 */
export async function createBoard(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateBoardBody,
  now: Date = new Date(),
): Promise<{ boardId: string; summary: StoredSummary }> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const ownerId = body.ownerId ?? userId;
  if (ownerId !== userId) assertMayEditBoard(access, ownerId);
  assertOwner(access, ownerId, 'body.ownerId');

  const stages = await getSpaceStages(store, pk);
  const first = stages.stages[0]?.id ?? '';
  const content = contentOf('account', {
    ...BOARD_CARD_DEFAULTS.account,
    ...body,
    ownerId,
    salesStage: body.salesStage ?? first,
    buyerStage: body.buyerStage ?? first,
  }) as AccountContent;
  assertValidContent(access, 'account', content, stages.stages, null);

  const boardId = randomUUID();
  // The place first (see store/slots.ts): boards created at once never exceed the limit, and one
  // whose creation stopped before its summary never shows and loses its place when the space is full.
  await claimSlot(
    store,
    {
      pk,
      set: 'boards',
      max: BOARD_LIMITS.boardsPerSpace,
      members: async () => (await listSummaries(store, pk)).map((s) => s.boardId),
      full: () => new ValidationError(`A space can have at most ${BOARD_LIMITS.boardsPerSpace} boards (accounts).`),
    },
    boardId,
  );
  await recordBoardStages(store, pk, boardId, [content.salesStage, content.buyerStage], stages.revision);
  const at = now.toISOString();
  // The stages first: a board whose creation stopped half-way has no header and so does not exist.
  await store.create<StagesCardDoc>({
    id: cardDocId(boardId, STAGES_CARD_ID),
    pk,
    type: 'boardCard',
    boardId,
    cardId: STAGES_CARD_ID,
    kind: 'stages',
    stages: stages.stages,
    stagesRevision: stages.revision,
  });
  const account = await store.create<CardDoc>({
    id: cardDocId(boardId, ACCOUNT_CARD_ID),
    pk,
    type: 'boardCard',
    boardId,
    cardId: ACCOUNT_CARD_ID,
    kind: 'account',
    content,
    revision: 1,
    createdAt: at,
    createdBy: userId,
    updatedAt: at,
    updatedBy: userId,
  });
  await recordVersion(store, account, 'create', changedFields(null, content));
  const summary = await store.create<SummaryDoc>({
    id: summaryDocId(boardId),
    pk,
    type: 'boardSummary',
    boardId,
    name: content.name,
    segment: content.segment,
    ownerId,
    value: content.value,
    currency: content.currency,
    facts: factsOfBoard(content, []),
    stagesRevision: stages.revision,
    version: 1,
    lastChange: { by: userId, at, cardId: ACCOUNT_CARD_ID, kind: 'account', action: 'create' },
    createdAt: at,
  });
  return { boardId, summary };
}
