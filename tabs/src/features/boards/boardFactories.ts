import {
  BoardCardResponse,
  BoardResponse,
  checkAlignment,
  DEFAULT_BOARD_STAGES,
  factsOfBoard,
  relationshipMap,
  type AccountContent,
  type AccountRiskContent,
  type StakeholderContent,
} from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';
import { cardsOf } from './useBoardScreen';

/** The id of the board the factories build. */
export const BOARD_ID = 'b-fabrikam';

const cardBase = (id: string, etag: string) => ({
  id,
  boardId: BOARD_ID,
  revision: 1,
  updatedAt: '2026-11-20T10:00:00.000Z',
  updatedBy: 'u-lynne',
  updatedByName: 'Lynne Robbins',
  etag,
});

/** A stakeholder card as the API presents it (checked against the contract). */
export function buildStakeholder(content: Partial<StakeholderContent> = {}, etag = '"s-1"'): BoardCardResponse {
  return BoardCardResponse.parse({
    ...cardBase('c-tom', etag),
    kind: 'stakeholder',
    content: {
      name: 'Tom Becker',
      title: 'IT director',
      role: 'technicalEvaluator',
      influence: 'high',
      stance: 'skeptical',
      lastContact: '2026-11-10',
      notes: '',
      ...content,
    },
  });
}

/** A risk card as the API presents it. */
export function buildRisk(content: Partial<AccountRiskContent> = {}, etag = '"r-1"'): BoardCardResponse {
  return BoardCardResponse.parse({
    ...cardBase('c-risk', etag),
    kind: 'risk',
    content: {
      risk: 'IT prefers the ERP vendor’s own module',
      likelihood: 'high',
      impact: 'high',
      mitigation: 'Technical deep-dive',
      ownerId: 'u-lynne',
      notes: '',
      ...content,
    },
  });
}

/**
 * The Fabrikam board (Lynne's; our stage ahead of the buyer's), with its alignment and map computed
 * by the real domain rules, as `GET /boards/{id}` presents it.
 */
export function buildBoard(
  overrides: { account?: Partial<AccountContent>; canEdit?: boolean; canArchive?: boolean; etag?: string } = {},
): BoardResponse {
  const account = BoardCardResponse.parse({
    ...cardBase('account', '"a-1"'),
    kind: 'account',
    content: {
      name: 'Fabrikam — regional rollout',
      segment: 'Enterprise',
      ownerId: 'u-lynne',
      value: 480000,
      currency: 'USD',
      salesStage: 'propose',
      buyerStage: 'discover',
      nextMeetingDate: '2026-12-02',
      notes: '',
      ...overrides.account,
    },
  });
  const stakeholders = [buildStakeholder()];
  const risks = [buildRisk()];
  const draft = {
    id: BOARD_ID,
    spaceId: SPACE_ID,
    account,
    sections: { stakeholders, goals: [], hypotheses: [], risks, competitors: [], actions: [], evidence: [] },
    stages: [...DEFAULT_BOARD_STAGES],
    canEdit: overrides.canEdit ?? true,
    // Off unless asked: with the archive dialog mounted, jsdom's role queries miss the history dialog.
    canArchive: overrides.canArchive ?? false,
    archivedAt: null,
    closing: null,
    etag: overrides.etag ?? '"board-1"',
  };
  const probe = { ...draft, alignment: null, relationshipMap: null } as unknown as BoardResponse;
  const facts = factsOfBoard(account.content as AccountContent, cardsOf(probe));
  return BoardResponse.parse({
    ...draft,
    alignment: checkAlignment(facts, DEFAULT_BOARD_STAGES, '2026-11-27'),
    relationshipMap: relationshipMap(
      stakeholders.map((s) => ({ cardId: s.id, content: s.content as StakeholderContent })),
    ),
  });
}
