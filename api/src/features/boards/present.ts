import { createHash } from 'node:crypto';
import {
  type AccountContent,
  type AlignmentResponse,
  type BoardCard,
  type BoardCardConflictResponse,
  type BoardCardHistoryResponse,
  type BoardCardResponse,
  type BoardCardWriteResponse,
  type BoardResponse,
  type BoardStagesResponse,
  type BoardSummaryResponse,
  type BoardVersionResponse,
  checkAlignment,
  factsOfBoard,
  relationshipMap,
  type StageDefinition,
  type StakeholderContent,
} from '../../domain/index.js';
import type { Reply } from '../../http/handle.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { CardConflict, CardWrite } from './commands.js';
import {
  isContentCard,
  type ChangeRecord,
  type StagesCardDoc,
  type StoredAnyCard,
  type StoredCard,
  type StoredCardVersion,
  type StoredSummary,
} from './model.js';
import type { SpaceStages } from './stages.js';

/** The calendar day alignment rules compare dates with (UTC). */
export function todayOf(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function presentCard(card: StoredCard, space: StoredSpace): BoardCardResponse {
  return {
    id: card.cardId,
    boardId: card.boardId,
    kind: card.kind,
    content: card.content,
    revision: card.revision,
    updatedAt: card.updatedAt,
    updatedBy: card.updatedBy,
    updatedByName: nameOf(space, card.updatedBy),
    etag: card._etag,
  } as BoardCardResponse;
}

function presentChange(change: ChangeRecord | null, space: StoredSpace): BoardSummaryResponse['lastChange'] {
  return change ? { ...change, byName: nameOf(space, change.by) } : null;
}

/** An etag for the whole board that changes whenever any of its cards, or its summary (archived or not), does. */
export function boardEtag(cards: readonly StoredAnyCard[], summary?: StoredSummary): string {
  const hash = createHash('sha256');
  for (const card of [...cards].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${card.id}\n${card._etag}\n`);
  if (summary) hash.update(`summary\n${summary._etag}\n`);
  return `"b-${hash.digest('base64url').slice(0, 27)}"`;
}

const byCreation = (a: StoredCard, b: StoredCard): number =>
  a.createdAt.localeCompare(b.createdAt) || a.cardId.localeCompare(b.cardId);

/**
 * A whole board from the one query that read its cards: sections in creation order, the alignment
 * check against the board's copy of the stages, and the stakeholders on the relationship map.
 */
export function presentBoard(
  cards: readonly StoredAnyCard[],
  space: StoredSpace,
  options: {
    canEdit: boolean;
    canArchive?: boolean;
    fallbackStages: readonly StageDefinition[];
    today: string;
    summary?: StoredSummary;
  },
): BoardResponse | undefined {
  const content = cards.filter(isContentCard).sort(byCreation);
  const account = content.find((c) => c.kind === 'account');
  if (!account) return undefined;
  const stagesCard = cards.find((c): c is StoredAnyCard & StagesCardDoc => c.kind === 'stages');
  const stages = stagesCard?.stages ?? [...options.fallbackStages];
  const of = (kind: StoredCard['kind']) => content.filter((c) => c.kind === kind).map((c) => presentCard(c, space));
  const facts = factsOfBoard(account.content as AccountContent, content as unknown as BoardCard[]);
  const stakeholders = content
    .filter((c) => c.kind === 'stakeholder')
    .map((c) => ({ cardId: c.cardId, content: c.content as StakeholderContent }));
  return {
    id: account.boardId,
    spaceId: space.spaceId,
    account: presentCard(account, space),
    sections: {
      stakeholders: of('stakeholder'),
      goals: of('goal'),
      hypotheses: of('hypothesis'),
      risks: of('risk'),
      competitors: of('competitor'),
      actions: of('action'),
      evidence: of('evidence'),
    },
    alignment: checkAlignment(facts, stages, options.today),
    relationshipMap: relationshipMap(stakeholders),
    stages,
    canEdit: options.canEdit && !options.summary?.archivedAt,
    canArchive: options.canArchive ?? false,
    archivedAt: options.summary?.archivedAt ?? null,
    closing: options.summary?.closing ?? null,
    etag: boardEtag(cards, options.summary),
  };
}

/** One board of the space-level list: the alignment check run on the facts its summary keeps. */
export function presentSummary(
  summary: StoredSummary,
  stages: readonly StageDefinition[],
  space: StoredSpace,
  today: string,
): BoardSummaryResponse {
  const alignment = checkAlignment(summary.facts, stages, today);
  return {
    id: summary.boardId,
    name: summary.name,
    segment: summary.segment,
    ownerId: summary.ownerId,
    ownerName: nameOf(space, summary.ownerId),
    value: summary.value,
    currency: summary.currency,
    nextMeetingDate: summary.facts.nextMeetingDate,
    salesStage: alignment.salesStage,
    buyerStage: alignment.buyerStage,
    aligned: alignment.aligned,
    warnings: alignment.warnings,
    version: summary.version,
    lastChange: presentChange(summary.lastChange, space),
    archivedAt: summary.archivedAt ?? null,
    closing: summary.closing ?? null,
  };
}

/** Boards that need a conversation first: misaligned, then by number of warnings, then by name. */
export function byAttention(a: BoardSummaryResponse, b: BoardSummaryResponse): number {
  const weight = (s: BoardSummaryResponse) => s.warnings.filter((w) => w.severity === 'warning').length;
  return Number(a.aligned) - Number(b.aligned) || weight(b) - weight(a) || a.name.localeCompare(b.name);
}

export function presentVersion(summary: StoredSummary, space: StoredSpace): BoardVersionResponse {
  return {
    boardId: summary.boardId,
    version: summary.version,
    lastChange: presentChange(summary.lastChange, space),
    etag: summary._etag,
  };
}

export function presentWrite(write: CardWrite, space: StoredSpace, today: string): BoardCardWriteResponse {
  const alignment: AlignmentResponse = checkAlignment(write.summary.facts, write.stages, today);
  return {
    card: write.card ? presentCard(write.card, space) : null,
    alignment,
    version: write.summary.version,
  };
}

export function presentStages(stages: SpaceStages): BoardStagesResponse {
  return { stages: stages.stages, isDefault: stages.doc === undefined, etag: stages.doc?._etag ?? null };
}

export function presentHistory(
  cardId: string,
  current: StoredCard | undefined,
  versions: readonly StoredCardVersion[],
  space: StoredSpace,
): BoardCardHistoryResponse {
  const items = versions.map((v) => ({
    revision: v.revision,
    action: v.action,
    changedBy: v.changedBy,
    changedByName: nameOf(space, v.changedBy),
    changedAt: v.changedAt,
    changedFields: v.changedFields,
    restoredFrom: v.restoredFrom,
    kind: v.kind,
    content: v.content,
  }));
  // The card is written before its version; should a write stop in between, the card still shows.
  if (current && items[0]?.revision !== current.revision) {
    items.unshift({
      revision: current.revision,
      action: 'update',
      changedBy: current.updatedBy,
      changedByName: nameOf(space, current.updatedBy),
      changedAt: current.updatedAt,
      changedFields: [],
      restoredFrom: null,
      kind: current.kind,
      content: current.content,
    });
  }
  return { cardId, current: current ? presentCard(current, space) : null, items };
}

/** The 412 answer to a stale card write, in problem+json with the server's version of the card. */
export function presentConflict(conflict: CardConflict, space: StoredSpace): Reply {
  const body: BoardCardConflictResponse = {
    type: 'https://coachboard.dev/problems/precondition_failed',
    title: 'Changed by someone else.',
    status: 412,
    code: 'precondition_failed',
    detail: conflict.message,
    current: conflict.current ? presentCard(conflict.current, space) : null,
  };
  return {
    status: 412,
    body,
    headers: { 'content-type': 'application/problem+json' },
    ...(conflict.current ? { etag: conflict.current._etag } : {}),
  };
}
