import {
  applyCard,
  checkAlignment,
  factsOfBoard,
  type AccountContent,
  type AlignmentResponse,
  type BoardCard,
  type BoardResponse,
  type MemberResponse,
} from '@coachboard/api/domain';
import { useIntl } from 'react-intl';
import { useTeams } from '../../teams/context';
import type { BoardContext } from './BoardCards';
import type { Content } from './cardFields';

/** Today as the alignment check wants it (`YYYY-MM-DD`). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Every card of a board, as the alignment rules take them. */
export function cardsOf(board: BoardResponse): BoardCard[] {
  return Object.values(board.sections)
    .flat()
    .map((card) => ({ cardId: card.id, kind: card.kind, content: card.content }) as BoardCard);
}

/** The alignment the board would have with this account header: shown while the header is edited. */
export function previewAlignment(board: BoardResponse, draft: Content): AlignmentResponse {
  const facts = factsOfBoard(board.account.content as AccountContent, cardsOf(board));
  const next = applyCard(facts, board.account.id, {
    cardId: board.account.id,
    kind: 'account',
    content: draft as AccountContent,
  });
  return checkAlignment(next, board.stages, today());
}

/**
 * What every card of an open board needs: who may edit and why not, field labels and choices, and
 * the id of the read-only explanation that disabled buttons point to.
 */
export function useBoardScreen(
  spaceId: string,
  board: BoardResponse,
  members: readonly MemberResponse[],
  readOnlyNoteId: string,
  compact = false,
): { context: BoardContext; readOnlyText: string | null; meId: string | undefined } {
  const intl = useIntl();
  const { info } = useTeams();
  const meId = info.user?.id;
  const account = board.account.content as AccountContent;
  const me = members.find((m) => m.userId === meId);
  const owner = members.find((m) => m.userId === account.ownerId);
  const readOnlyText = board.canEdit
    ? null
    : board.archivedAt
      ? intl.formatMessage({ id: 'boards.archive.note' })
      : me?.role === 'contributor' || !me
        ? intl.formatMessage({ id: 'boards.readOnly.contributor' })
        : intl.formatMessage({ id: 'boards.readOnly.notOwner' }, { owner: owner?.name ?? account.ownerId });
  return {
    meId,
    readOnlyText,
    context: {
      spaceId,
      boardId: board.id,
      canEdit: board.canEdit,
      readOnlyNoteId: board.canEdit ? undefined : readOnlyNoteId,
      ctx: { intl, members, stages: board.stages },
      currency: account.currency,
      compact,
    },
  };
}
