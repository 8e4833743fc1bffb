import { checkAlignment, DEFAULT_BOARD_STAGES, factsOfBoard } from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMember, buildProblem, SPACE_ID } from '../../test/factories';
import { stubApi, type RecordedRequest } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { AlignmentPanel } from './AlignmentPanel';
import { BoardView } from './BoardView';
import { BOARD_ID, buildBoard, buildStakeholder } from './boardFactories';

const TEAM = [
  buildMember({ userId: 'u-megan', name: 'Megan Bowen', role: 'manager' }),
  buildMember({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
  buildMember({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
];
const BOARD = `/api/spaces/${SPACE_ID}/boards/${BOARD_ID}`;
const TOM = `${BOARD}/cards/c-tom`;

/** Someone else changed Tom's job title after the user opened the board. */
const theirs = buildStakeholder({ title: 'CIO' }, '"s-2"');

function writeAnswer(card = buildStakeholder()) {
  const board = buildBoard();
  return { body: { card, alignment: board.alignment, version: 2 } };
}

function stubBoard(patch: (request: RecordedRequest) => { status?: number; body?: unknown }, canEdit = true) {
  return stubApi({
    [`GET ${BOARD}`]: { body: buildBoard({ canEdit }) },
    [`GET ${BOARD}/version`]: { body: { boardId: BOARD_ID, version: 1, lastChange: null, etag: '"v-1"' } },
    [`PATCH ${TOM}`]: patch,
  });
}

const conflict = () => ({ status: 412, body: { ...buildProblem(412, 'precondition_failed'), current: theirs } });

async function editTomsStance(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Edit Tom Becker' }));
  const form = screen.getByRole('form', { name: 'Edit Tom Becker' });
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Stance' }), 'Supportive');
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  return screen.findByRole('alertdialog', { name: 'Someone else changed this card' });
}

const patches = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'PATCH');

describe('Editing a board card together', () => {
  it('shows both versions when someone saved first, and overwrites with the server’s etag', async () => {
    let calls = 0;
    const requests = stubBoard(() => (++calls === 1 ? conflict() : writeAnswer()));
    const user = userEvent.setup();
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={TEAM} />);

    const dialog = await editTomsStance(user);

    expect(within(dialog).getByText(/Lynne Robbins saved a newer version first/)).toBeInTheDocument();
    const stance = within(dialog).getByRole('row', { name: /Stance/ });
    expect(within(stance).getByText('Supportive')).toBeInTheDocument();
    expect(within(stance).getByText('Skeptical')).toBeInTheDocument();
    const title = within(dialog).getByRole('row', { name: /Job title/ });
    expect(within(title).getByText('IT director')).toBeInTheDocument();
    expect(within(title).getByText('CIO')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));

    expect(patches(requests)).toHaveLength(2);
    expect(patches(requests)[0]?.headers.get('if-match')).toBe('"s-1"');
    expect(patches(requests)[0]?.body).toEqual({ kind: 'stakeholder', stance: 'supportive' });
    expect(patches(requests)[1]?.headers.get('if-match')).toBe('"s-2"');
    expect(patches(requests)[1]?.body).toEqual({ kind: 'stakeholder', stance: 'supportive', title: 'IT director' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('merges field by field: their title, my stance', async () => {
    let calls = 0;
    const requests = stubBoard(() => (++calls === 1 ? conflict() : writeAnswer()));
    const user = userEvent.setup();
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={TEAM} />);

    const dialog = await editTomsStance(user);
    // The field only they changed starts on theirs, the one only I changed on mine.
    const titleChoice = within(dialog).getByRole('radiogroup', { name: 'Keep for Job title' });
    expect(within(titleChoice).getByRole('radio', { name: 'Theirs' })).toBeChecked();
    const stanceChoice = within(dialog).getByRole('radiogroup', { name: 'Keep for Stance' });
    expect(within(stanceChoice).getByRole('radio', { name: 'Yours' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Save merge' }));

    expect(patches(requests)[1]?.headers.get('if-match')).toBe('"s-2"');
    expect(patches(requests)[1]?.body).toEqual({ kind: 'stakeholder', stance: 'supportive' });
  });

  it('keeps their version and sends nothing more when the user says so', async () => {
    const requests = stubBoard(conflict);
    const user = userEvent.setup();
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={TEAM} />);

    const dialog = await editTomsStance(user);
    await user.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit Tom Becker' })).not.toBeInTheDocument();
    expect(patches(requests)).toHaveLength(1);
  });
});

describe('Board permissions', () => {
  it('lets a contributor read but not change the board, and says why', async () => {
    const requests = stubBoard(() => writeAnswer(), false);
    const user = userEvent.setup();
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={TEAM} />, {
      info: { user: { id: 'u-isaiah', upn: null, name: 'Isaiah Langer' } },
    });

    const edit = await screen.findByRole('button', { name: 'Edit Tom Becker' });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAccessibleDescription(
      'You can read this board. Only managers and the account’s rep can change it.',
    );
    expect(screen.getByRole('button', { name: 'Add to Risks' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(edit);
    expect(screen.queryByRole('form', { name: 'Edit Tom Becker' })).not.toBeInTheDocument();
    expect(patches(requests)).toHaveLength(0);
  });

  it('names the owner when another rep’s board is read-only', async () => {
    stubBoard(() => writeAnswer(), false);
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={[...TEAM, buildMember()]} />, {
      info: { user: { id: 'u-alex', upn: null, name: 'Alex Wilber' } },
    });

    expect(
      await screen.findByText('You can read this board. Only Lynne Robbins and managers can change it.'),
    ).toBeInTheDocument();
  });
});

describe('Card history', () => {
  it('lists the versions of a card and restores an earlier one with the current etag', async () => {
    const current = buildStakeholder({ stance: 'opposed' }, '"s-3"');
    const version = (revision: number, action: 'create' | 'update', stance: string) => ({
      revision,
      action,
      changedBy: 'u-lynne',
      changedByName: 'Lynne Robbins',
      changedAt: '2026-11-20T10:00:00.000Z',
      changedFields: action === 'update' ? ['stance'] : [],
      restoredFrom: null,
      kind: 'stakeholder',
      content: { ...buildStakeholder().content, stance },
    });
    const requests = stubApi({
      [`GET ${BOARD}`]: { body: buildBoard() },
      [`GET ${BOARD}/version`]: { body: { boardId: BOARD_ID, version: 1, lastChange: null, etag: '"v-1"' } },
      [`GET ${TOM}/history`]: {
        body: {
          cardId: 'c-tom',
          current: { ...current, revision: 2 },
          items: [version(2, 'update', 'opposed'), version(1, 'create', 'skeptical')],
        },
      },
      [`POST ${TOM}/restore`]: writeAnswer(),
    });
    const user = userEvent.setup();
    renderWithApp(<BoardView spaceId={SPACE_ID} boardId={BOARD_ID} members={TEAM} />);

    await user.click(await screen.findByRole('button', { name: 'History of Tom Becker' }));
    const dialog = await screen.findByRole('dialog', { name: 'History of Tom Becker' });
    expect(await within(dialog).findByText(/^Revision 2: changed by Lynne Robbins/)).toBeInTheDocument();
    expect(within(dialog).getByText('Changed: Stance')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Restore revision 1' }));

    expect(await within(dialog).findByText('Restored revision 1.')).toBeInTheDocument();
    const restore = requests.find((r) => r.method === 'POST');
    expect(restore?.body).toEqual({ revision: 1 });
    expect(restore?.headers.get('if-match')).toBe('"s-3"');
  });
});

describe('Alignment panel', () => {
  it('shows which exit criteria the buyer evidenced and each warning with what to do next', () => {
    const facts = factsOfBoard(
      {
        name: 'Fabrikam',
        segment: '',
        ownerId: 'u-lynne',
        value: 0,
        currency: 'USD',
        salesStage: 'propose',
        buyerStage: 'discover',
        nextMeetingDate: null,
        notes: '',
      },
      [
        {
          cardId: 'e1',
          kind: 'evidence',
          content: { criterionId: 'problem-confirmed', note: 'Cost shared', date: '2026-11-01' },
        },
      ],
    );
    renderWithApp(<AlignmentPanel alignment={checkAlignment(facts, DEFAULT_BOARD_STAGES, '2026-11-27')} />);

    expect(screen.getByRole('heading', { name: 'Alignment with the buyer' })).toBeInTheDocument();
    expect(screen.getByText('Our stage runs ahead of what the buyer has done.')).toBeInTheDocument();
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(
      within(warnings).getByText(/^Our stage \(Propose solution\) is ahead of the buyer.s \(Define requirements\)\.$/),
    ).toBeInTheDocument();
    expect(within(warnings).getByText('No next meeting with the buyer is booked.')).toBeInTheDocument();
    expect(within(warnings).getAllByText(/^Next: /).length).toBe(within(warnings).getAllByRole('listitem').length);
    const problem = screen.getByText('Buyer confirmed the problem and its cost').closest('li');
    expect(problem).toHaveTextContent('Evidenced');
    const buyerMet = screen.getByText('Economic buyer met').closest('li');
    expect(buyerMet).toHaveTextContent('Not evidenced');
  });
});
