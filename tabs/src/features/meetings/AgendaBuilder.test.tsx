import { keptLineKey } from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { AgendaBuilder } from './AgendaBuilder';
import { buildAgenda, buildDemoAgenda, MEETING_ID } from './factories';
import { useAgenda } from './queries';

const meetingPath = `/api/spaces/${SPACE_ID}/meetings/${MEETING_ID}`;

/** The builder as the details tab shows it: on the cached agenda, which every change replaces. */
function LiveAgendaBuilder() {
  const agenda = useAgenda(SPACE_ID, MEETING_ID).data;
  return agenda ? <AgendaBuilder spaceId={SPACE_ID} agenda={agenda} members={buildTeam()} canEdit /> : null;
}

describe('Agenda builder', () => {
  it('moves an item with the keyboard and announces where it went', async () => {
    const agenda = buildDemoAgenda();
    const [first, second, third] = agenda.items;
    const requests = stubApi({
      [`POST ${meetingPath}/items/item-1/move`]: { body: agenda },
      [`POST ${meetingPath}/items/item-2/move`]: {
        body: buildAgenda([second!, first!, third!].map((item, i) => ({ ...item, order: i + 1 }))),
      },
      [`GET ${meetingPath}/digest`]: { body: { subject: '', text: '', itemIds: [], acks: [], readByMe: false } },
    });
    const user = userEvent.setup();
    renderWithApp(<AgendaBuilder spaceId={SPACE_ID} agenda={agenda} members={buildTeam()} canEdit />);

    screen.getByRole('button', { name: 'Reorder Role-play: price pushback' }).focus();
    await user.keyboard('{ArrowUp}');

    expect(await screen.findByText('Role-play: price pushback moved to position 1 of 3.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ afterItemId: null });

    await user.click(screen.getByRole('button', { name: 'Move Account strategy: Fabrikam expansion down' }));
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({ afterItemId: 'item-2' });
  });

  it('flags a status update as an email and moves it to the pre-read in one click', async () => {
    const agenda = buildDemoAgenda();
    const requests = stubApi({
      [`PATCH ${meetingPath}/items/item-3`]: {
        body: buildAgenda(agenda.items.map((i) => (i.id === 'item-3' ? { ...i, inDigest: true } : i))),
      },
      [`GET ${meetingPath}/digest`]: {
        body: { subject: '', text: '', itemIds: ['item-3'], acks: [], readByMe: false },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<AgendaBuilder spaceId={SPACE_ID} agenda={agenda} members={buildTeam()} canEdit />);

    expect(screen.getByRole('meter', { name: /Selling time/ })).toHaveAttribute('aria-valuenow', '80');
    await user.click(screen.getByRole('button', { name: 'Move Pipeline status update to pre-read' }));

    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ inDigest: true });
    expect(patch?.headers.get('if-match')).toBe('"i-3"');
  });

  it('keeps a flagged item in the meeting with one click, and lets the manager flag it again', async () => {
    const agenda = buildDemoAgenda();
    const keptLine = new Set([keptLineKey('Pipeline status update')]);
    const requests = stubApi({
      [`POST ${meetingPath}/items/item-3/needs-the-room`]: (request) => ({
        body: buildAgenda(
          agenda.items,
          agenda.meeting,
          (request.body as { needsTheRoom: boolean }).needsTheRoom ? keptLine : new Set(),
        ),
      }),
      [`GET ${meetingPath}/digest`]: { body: { subject: '', text: '', itemIds: [], acks: [], readByMe: false } },
      [`GET ${meetingPath}`]: { body: agenda },
    });
    const user = userEvent.setup();
    renderWithApp(<LiveAgendaBuilder />);

    await user.click(
      await screen.findByRole('button', { name: 'Pipeline status update needs the room: keep it in the meeting' }),
    );

    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ needsTheRoom: true });
    expect(await screen.findByRole('status')).toHaveTextContent(
      "You kept Pipeline status update in the meeting. It won't be flagged as an email again in your team's meetings.",
    );
    expect(screen.queryByRole('button', { name: 'Move Pipeline status update to pre-read' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Could be an email/)).not.toBeInTheDocument();
    expect(screen.getByText(/Status update · Megan Bowen · 10 min/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Flag Pipeline status update as a possible email again' }));
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({ needsTheRoom: false });
    expect(await screen.findByRole('button', { name: 'Move Pipeline status update to pre-read' })).toBeEnabled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a line kept in an earlier meeting as kept, and lets a planner flag it again', async () => {
    const earlier = buildDemoAgenda();
    const agenda = buildAgenda(earlier.items, earlier.meeting, new Set([keptLineKey('Pipeline status update')]));
    const requests = stubApi({
      [`POST ${meetingPath}/items/item-3/needs-the-room`]: { body: buildAgenda(earlier.items, earlier.meeting) },
    });
    const user = userEvent.setup();
    renderWithApp(<AgendaBuilder spaceId={SPACE_ID} agenda={agenda} members={buildTeam()} canEdit />);

    expect(screen.getByText('Kept in the meeting: your team said this line needs the room.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move Pipeline status update to pre-read' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flag Pipeline status update as a possible email again' }));
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({ needsTheRoom: false });
  });

  it('offers "needs the room" only to those who plan', () => {
    stubApi({});
    renderWithApp(
      <AgendaBuilder spaceId={SPACE_ID} agenda={buildDemoAgenda()} members={buildTeam()} canEdit={false} />,
    );
    expect(screen.getAllByText(/Could be an email: 'Pipeline status update'/u).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /needs the room/ })).not.toBeInTheDocument();
  });

  it('lists the items in order with their kind, owner and timebox', () => {
    stubApi({});
    renderWithApp(
      <AgendaBuilder spaceId={SPACE_ID} agenda={buildDemoAgenda()} members={buildTeam()} canEdit={false} />,
    );

    const list = screen.getByRole('list', { name: 'Agenda' });
    const rows = within(list)
      .getAllByRole('listitem')
      .filter((row) => row.parentElement === list);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Account strategy · Alex Wilber · 20 min'),
      expect.stringContaining('Role-play · Alex Wilber · 20 min'),
      expect.stringContaining('Status update · Megan Bowen · 10 min'),
    ]);
    expect(screen.queryByRole('button', { name: /Move .* to pre-read/ })).not.toBeInTheDocument();
  });
});
