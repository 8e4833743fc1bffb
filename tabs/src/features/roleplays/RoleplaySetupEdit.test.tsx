import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProblem, buildSpace, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi, type FakeReply, type RecordedRequest } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import RoleplayPanel from './RoleplayPanel';
import { buildRoleplay, buildRoleplayState, buildRoleplaySummary } from './testFactories';

/*
 * Changing or deleting a role-play before its first round, as the facilitator does it in the side
 * panel: the request sent (body and If-Match), the confirmation asked first, what the panel shows
 * after, and what it says when the API refuses.
 */

const base = `/api/spaces/${SPACE_ID}/roleplays`;
const TITLE = 'Price pushback: “You’re 30% more than the other quote”';

function stubSetup(extra: Record<string, FakeReply | ((request: RecordedRequest) => FakeReply)> = {}) {
  let listed = true;
  const requests = stubApi({
    [`GET ${base}`]: () => ({ body: { items: listed ? [buildRoleplaySummary({ status: 'setup', round: 0 })] : [] } }),
    [`GET ${base}/rp-1`]: { body: buildRoleplay() },
    [`GET ${base}/rp-1/state`]: { body: buildRoleplayState() },
    [`DELETE ${base}/rp-1`]: () => {
      listed = false;
      return { status: 204 };
    },
    ...extra,
  });
  return requests;
}

const renderPanel = () => renderWithApp(<RoleplayPanel space={buildSpace()} members={buildTeam()} />);

/** The confirmation dialog (jsdom may still mark Fluent's modal surface hidden while it opens). */
async function findConfirm(): Promise<HTMLElement> {
  const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 5000 });
  expect(within(dialog).getByText('Delete this role-play?')).toBeInTheDocument();
  return dialog;
}

async function openEditor(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Change the set-up' }));
  return screen.getByRole('form', { name: 'Change the set-up before the first round' });
}

describe('Changing a role-play’s set-up before the first round', () => {
  it('sends the new cast, rounds and length with the version shown, and shows the saved set-up', async () => {
    let saved = false;
    const requests = stubSetup({
      // The live state follows the set-up once it is saved (2 rounds of 10 minutes).
      [`GET ${base}/rp-1/state`]: () => ({
        body: buildRoleplayState(saved ? { rounds: 2, roundMs: 600_000 } : {}),
      }),
      [`PATCH ${base}/rp-1`]: () => {
        saved = true;
        return {
          body: buildRoleplay({
            rep: { userId: 'u-isaiah', name: 'Isaiah Langer' },
            observers: [],
            rounds: 2,
            roundMinutes: 10,
            etag: '"rp2"',
          }),
        };
      },
    });
    const user = userEvent.setup();
    renderPanel();

    // The first render transforms the whole panel: slow on a busy machine.
    expect(await screen.findByText('1 round of 7 min', {}, { timeout: 15_000 })).toBeInTheDocument();
    const form = await openEditor(user);
    // The cast is chosen with the app's one person picker: the space's members by name.
    const rep = within(form).getByRole('combobox', { name: 'Rep' });
    expect(
      within(rep)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Megan Bowen', 'Alex Wilber', 'Isaiah Langer']);
    await user.selectOptions(rep, 'u-isaiah');
    await user.click(within(form).getByRole('button', { name: 'Remove observer 1' }));
    const rounds = within(form).getByRole('spinbutton', { name: 'Rounds' });
    await user.clear(rounds);
    await user.type(rounds, '2');
    const minutes = within(form).getByRole('spinbutton', { name: 'Minutes per round' });
    await user.clear(minutes);
    await user.type(minutes, '10');
    await user.click(within(form).getByRole('button', { name: 'Save the set-up' }));

    expect(await screen.findByText('The set-up is saved.')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`${base}/rp-1`);
    expect(patch?.headers.get('if-match')).toBe('"rp1"');
    expect(patch?.body).toEqual({
      repId: 'u-isaiah',
      customerId: 'u-megan',
      observers: [],
      rounds: 2,
      roundMinutes: 10,
    });
    // The panel shows the saved set-up, and the editor is closed.
    expect(await screen.findByText('2 rounds of 10 min')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Change the set-up before the first round' })).not.toBeInTheDocument();
  });

  it('keeps my changes when someone else saved first, and saves them over the latest version on request', async () => {
    // Someone else saves version "rp2" while I edit: my first save (against "rp1") is refused.
    let theirs = false;
    let saved = false;
    const requests = stubSetup({
      [`GET ${base}/rp-1/state`]: () => ({ body: buildRoleplayState(saved ? { rounds: 3 } : {}) }),
      [`GET ${base}/rp-1`]: () => ({ body: buildRoleplay({ rounds: 1, etag: theirs ? '"rp2"' : '"rp1"' }) }),
      [`PATCH ${base}/rp-1`]: (request) => {
        if (request.headers.get('if-match') === '"rp1"') {
          theirs = true;
          return { status: 412, body: buildProblem(412, 'precondition_failed') };
        }
        saved = true;
        return { body: buildRoleplay({ rounds: 3, etag: '"rp3"' }) };
      },
    });
    const user = userEvent.setup();
    renderPanel();

    const form = await openEditor(user);
    const rounds = within(form).getByRole('spinbutton', { name: 'Rounds' });
    await user.clear(rounds);
    await user.type(rounds, '3');
    await user.click(within(form).getByRole('button', { name: 'Save the set-up' }));

    expect(
      await screen.findByText('Someone changed this role-play while you edited it. Your changes are still here.'),
    ).toBeInTheDocument();
    expect(rounds).toHaveValue(3);
    expect(screen.queryByText('The set-up is saved.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }));

    expect(await screen.findByText('The set-up is saved.')).toBeInTheDocument();
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers.get('if-match'))).toEqual(['"rp1"', '"rp2"']);
    expect(patches[1]?.body).toMatchObject({ rounds: 3 });
    expect(await screen.findByText('3 rounds of 7 min')).toBeInTheDocument();
  });

  it('says why the API refused the set-up and leaves the editor open', async () => {
    stubSetup({
      [`PATCH ${base}/rp-1`]: {
        status: 409,
        body: buildProblem(409, 'conflict', { detail: 'The role-play has started: its set-up cannot change.' }),
      },
    });
    const user = userEvent.setup();
    renderPanel();

    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Save the set-up' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The set-up was not saved: The role-play has started: its set-up cannot change.',
    );
    expect(screen.getByRole('form', { name: 'Change the set-up before the first round' })).toBeInTheDocument();
    expect(screen.queryByText('The set-up is saved.')).not.toBeInTheDocument();
  });

  it('offers no set-up changes once the role-play runs', async () => {
    stubApi({
      [`GET ${base}`]: { body: { items: [buildRoleplaySummary({ status: 'running' })] } },
      [`GET ${base}/rp-1`]: { body: buildRoleplay({ status: 'running', round: 1 }) },
      [`GET ${base}/rp-1/state`]: { body: buildRoleplayState({ status: 'running', round: 1 }) },
    });
    renderPanel();

    expect(await screen.findByRole('group', { name: 'Run the role-play' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change the set-up' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete role-play' })).not.toBeInTheDocument();
  });
});

describe('Deleting a role-play before the first round', () => {
  it('asks first; Cancel deletes nothing; confirming deletes it with its version and it leaves the list', async () => {
    const requests = stubSetup();
    const user = userEvent.setup();
    renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Delete role-play' }));
    let dialog = await findConfirm();
    expect(dialog).toHaveTextContent('It has not started, so nothing was played or scored.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    expect(screen.getByRole('heading', { name: TITLE })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete role-play' }));
    dialog = await findConfirm();
    await user.click(within(dialog).getByRole('button', { name: 'Delete role-play', hidden: true }));

    // Back to the list, which no longer has it: only setting up a new one is offered.
    expect(await screen.findByRole('button', { name: 'Set up a role-play' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Open role-plays' })).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: TITLE })).not.toBeInTheDocument();
    const deletes = requests.filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.path).toBe(`${base}/rp-1`);
    expect(deletes[0]?.headers.get('if-match')).toBe('"rp1"');
  });

  it('keeps the dialog open with the reason when the API refuses, and the role-play stays', async () => {
    stubSetup({
      [`DELETE ${base}/rp-1`]: {
        status: 409,
        body: buildProblem(409, 'conflict', { detail: 'The role-play has started: it can no longer be deleted.' }),
      },
    });
    const user = userEvent.setup();
    renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Delete role-play' }));
    const dialog = await findConfirm();
    await user.click(within(dialog).getByRole('button', { name: 'Delete role-play', hidden: true }));

    expect(
      await within(dialog).findByText('The role-play has started: it can no longer be deleted.'),
    ).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Delete role-play', hidden: true })).toBeEnabled();
    // Behind the modal (hidden from the accessibility tree while it is open) the role-play is still there.
    expect(screen.getByRole('heading', { name: TITLE, hidden: true })).toBeInTheDocument();
  });
});
