import { BoardSummaryResponse, DEFAULT_BOARD_STAGES } from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMember, buildSpace, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { BoardsSection } from './BoardsSection';
import { BOARD_ID, buildBoard } from './boardFactories';

const TEAM = [
  buildMember({ userId: 'u-megan', name: 'Megan Bowen', role: 'manager' }),
  buildMember({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
  buildMember({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
];
const BOARDS = `/api/spaces/${SPACE_ID}/boards`;
const stage = (id: string, index: number) => {
  const s = DEFAULT_BOARD_STAGES[index];
  return { id, name: s?.name ?? id, buyerName: s?.buyerName ?? id, index };
};

function buildSummary(overrides: Partial<BoardSummaryResponse>): BoardSummaryResponse {
  return BoardSummaryResponse.parse({
    id: 'b-1',
    name: 'Contoso Pharmaceuticals',
    segment: 'Mid-market',
    ownerId: 'u-alex',
    ownerName: 'Alex Wilber',
    value: 120000,
    currency: 'USD',
    nextMeetingDate: '2026-12-01',
    salesStage: stage('discover', 1),
    buyerStage: stage('discover', 1),
    aligned: true,
    warnings: [],
    version: 3,
    lastChange: null,
    archivedAt: null,
    closing: null,
    ...overrides,
  });
}

const LIST = {
  stages: DEFAULT_BOARD_STAGES,
  items: [
    buildSummary({
      id: BOARD_ID,
      name: 'Fabrikam — regional rollout',
      ownerId: 'u-lynne',
      ownerName: 'Lynne Robbins',
      salesStage: stage('propose', 2),
      aligned: false,
      warnings: [
        {
          code: 'salesAheadOfBuyer',
          severity: 'warning',
          message: 'Our stage (Propose solution) is ahead of the buyer’s (Define requirements).',
          next: 'Help the buyer finish "Define requirements" first.',
        },
        { code: 'noNextMeeting', severity: 'warning', message: 'No next meeting.', next: 'Book one.' },
      ],
    }),
    buildSummary({}),
  ],
};

describe('Boards section of the channel tab', () => {
  it('lists every board with stages, owner and warnings, misaligned first, and opens one', async () => {
    stubApi({
      [`GET ${BOARDS}`]: { body: LIST },
      [`GET ${BOARDS}/${BOARD_ID}`]: { body: buildBoard() },
      [`GET ${BOARDS}/${BOARD_ID}/version`]: { body: { boardId: BOARD_ID, version: 1, lastChange: null, etag: '"v"' } },
    });
    const user = userEvent.setup();
    renderWithApp(<BoardsSection space={buildSpace()} members={TEAM} />);

    const table = await screen.findByRole('table', { name: 'Account boards' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Fabrikam — regional rollout');
    expect(first).toHaveTextContent('Out of step with the buyer');
    expect(first).toHaveTextContent('Propose solution');
    expect(first).toHaveTextContent('Define requirements');
    expect(first).toHaveTextContent('Lynne Robbins');
    expect(first).toHaveTextContent('2 warnings');
    expect(first).toHaveTextContent('Next: Help the buyer finish "Define requirements" first.');
    expect(second).toHaveTextContent('Aligned');
    expect(second).toHaveTextContent('Nothing to act on');

    await user.click(within(table).getByRole('button', { name: 'Open Fabrikam — regional rollout' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Fabrikam — regional rollout' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Relationship map' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to all boards' }));
    expect(await screen.findByRole('table', { name: 'Account boards' })).toBeInTheDocument();
  });

  it('lets a manager create a board, previewing its alignment, then opens it', async () => {
    const requests = stubApi({
      [`GET ${BOARDS}`]: { body: LIST },
      [`POST ${BOARDS}`]: { status: 201, body: buildBoard() },
      [`GET ${BOARDS}/${BOARD_ID}`]: { body: buildBoard() },
      [`GET ${BOARDS}/${BOARD_ID}/version`]: { body: { boardId: BOARD_ID, version: 1, lastChange: null, etag: '"v"' } },
    });
    const user = userEvent.setup();
    renderWithApp(<BoardsSection space={buildSpace()} members={TEAM} />);

    await user.click(await screen.findByRole('button', { name: 'New board' }));
    const form = screen.getByRole('form', { name: 'New board' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Fabrikam — regional rollout');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Lynne Robbins');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Our stage' }), 'Propose solution');
    expect(within(form).getByText(/^Our stage \(Propose solution\) is ahead of the buyer/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Fabrikam — regional rollout' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      name: 'Fabrikam — regional rollout',
      ownerId: 'u-lynne',
      salesStage: 'propose',
      buyerStage: 'qualify',
    });
  });

  it('offers no "New board" to contributors', async () => {
    stubApi({ [`GET ${BOARDS}`]: { body: LIST } });
    renderWithApp(<BoardsSection space={buildSpace({ myRole: 'contributor' })} members={TEAM} />);

    expect(await screen.findByRole('table', { name: 'Account boards' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New board' })).not.toBeInTheDocument();
  });
});
