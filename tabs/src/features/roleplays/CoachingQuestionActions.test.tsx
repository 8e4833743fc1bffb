import type { RoleplayDebriefResponse } from '@coachboard/api/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../test/factories';
import { stubApi, type FakeReply, type RecordedRequest } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { DebriefView } from './DebriefView';
import { buildDebrief, buildDebriefRound, DEBRIEF, ROLEPLAY_PATH } from './debriefFactories';
import { buildRoleplay } from './testFactories';

/*
 * A manager rewords or deletes a coaching question of an open debrief: the request sent (body and
 * the question's own If-Match), the confirmation asked before deleting, the list afterwards, and what
 * the view says when someone changed the question first or the API refuses.
 */

type Question = RoleplayDebriefResponse['coachingQuestions'][number];

const MEGAN = { userId: 'u-megan', name: 'Megan Bowen' };
const ASKED = 'What did you notice when she mentioned the budget?';
const QUESTION_PATH = `${ROLEPLAY_PATH}/coaching-questions/q-1`;

const question = (overrides: Partial<Question> = {}): Question => ({
  id: 'q-1',
  text: ASKED,
  askedBy: MEGAN,
  askedAt: '2026-03-10T10:12:00.000Z',
  etag: '"q-1"',
  ...overrides,
});
const OTHER = question({ id: 'q-2', text: 'Which moment would you replay?', etag: '"q-2a"' });

const debriefWith = (questions: Question[], status: RoleplayDebriefResponse['status'] = 'debrief') =>
  buildDebrief({ status, rounds: [buildDebriefRound()], coachingQuestions: questions });

/** Megan manages the space and coaches Alex's role-play, now in its debrief. */
const renderDebrief = (status: 'debrief' | 'closed' = 'debrief') =>
  renderWithApp(<DebriefView roleplay={buildRoleplay({ status, round: 1, canCoach: true })} density="panel" />);

type Routes = Record<string, FakeReply | ((request: RecordedRequest) => FakeReply)>;

async function questionItem(text: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Coaching questions' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(text));
  if (!item) throw new Error(`no question "${text}"`);
  return item;
}

/** The confirmation dialog (jsdom may still mark Fluent's modal surface hidden while it opens). */
async function findConfirm(): Promise<HTMLElement> {
  const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 5000 });
  expect(within(dialog).getByText('Delete this coaching question?')).toBeInTheDocument();
  return dialog;
}

describe('Rewording a coaching question', () => {
  it('sends the new wording with the question’s version, and the debrief shows it', async () => {
    const reworded = 'What did you notice when she first mentioned the budget?';
    const requests = stubApi({
      [DEBRIEF]: { body: debriefWith([question(), OTHER]) },
      [`PATCH ${QUESTION_PATH}`]: { body: debriefWith([question({ text: reworded, etag: '"q-1b"' }), OTHER]) },
    } satisfies Routes);
    const user = userEvent.setup();
    renderDebrief();

    // The first render transforms the whole debrief view: slow on a busy machine.
    await user.click(await screen.findByRole('button', { name: `Edit the question: ${ASKED}` }, { timeout: 15_000 }));
    const item = await questionItem(ASKED);
    const field = within(item).getByRole('textbox', { name: 'Coaching question' });
    expect(field).toHaveValue(ASKED);
    await user.clear(field);
    await user.type(field, reworded);
    await user.click(within(item).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('button', { name: `Edit the question: ${reworded}` })).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(QUESTION_PATH);
    expect(patch?.headers.get('if-match')).toBe('"q-1"');
    expect(patch?.body).toEqual({ text: reworded });
    const list = screen.getByRole('list', { name: 'Coaching questions' });
    expect(within(list).getByText(reworded)).toBeInTheDocument();
    expect(within(list).queryByText(ASKED)).not.toBeInTheDocument();
    // Only the question edited changed; the form is closed.
    expect(within(list).getByText(OTHER.text)).toBeInTheDocument();
    expect(within(list).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('keeps my wording when someone changed the question first, and saves it against their version', async () => {
    const mine = 'What did you hear just before she raised the price?';
    let theirs = false;
    const requests = stubApi({
      [DEBRIEF]: () => ({
        body: debriefWith([theirs ? question({ text: 'Their wording', etag: '"q-1t"' }) : question()]),
      }),
      [`PATCH ${QUESTION_PATH}`]: (request) => {
        if (request.headers.get('if-match') === '"q-1"') {
          theirs = true;
          return { status: 412, body: buildProblem(412, 'precondition_failed') };
        }
        return { body: debriefWith([question({ text: mine, etag: '"q-1m"' })]) };
      },
    } satisfies Routes);
    const user = userEvent.setup();
    renderDebrief();

    await user.click(await screen.findByRole('button', { name: `Edit the question: ${ASKED}` }));
    // The editor sits in the question's place in the list (the "ask" form below has a field of the same name).
    const questions = screen.getByRole('list', { name: 'Coaching questions' });
    const field = within(questions).getByRole('textbox', { name: 'Coaching question' });
    await user.clear(field);
    await user.type(field, mine);
    await user.click(within(questions).getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(
        'Someone changed this question while you edited it. Your wording is still here; save again to keep it.',
      ),
    ).toBeInTheDocument();
    expect(within(questions).getByRole('textbox', { name: 'Coaching question' })).toHaveValue(mine);
    // The debrief was reloaded with their version: the next save goes against it.
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'GET' && r.path.endsWith('/debrief')).length).toBeGreaterThan(1),
    );
    await user.click(within(questions).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('button', { name: `Edit the question: ${mine}` })).toBeInTheDocument();
    const patches = requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers.get('if-match'))).toEqual(['"q-1"', '"q-1t"']);
    expect(patches[1]?.body).toEqual({ text: mine });
  });

  it('leaves a closed debrief’s questions as they are', async () => {
    stubApi({ [DEBRIEF]: { body: debriefWith([question()], 'closed') } } satisfies Routes);
    renderDebrief('closed');

    expect(await questionItem(ASKED)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Edit the question: ${ASKED}` })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Delete the question: ${ASKED}` })).not.toBeInTheDocument();
  });
});

describe('Deleting a coaching question', () => {
  it('asks first; Cancel keeps it; confirming deletes it with its version and it leaves the debrief', async () => {
    const requests = stubApi({
      [DEBRIEF]: { body: debriefWith([question(), OTHER]) },
      [`DELETE ${QUESTION_PATH}`]: { body: debriefWith([OTHER]) },
    } satisfies Routes);
    const user = userEvent.setup();
    renderDebrief();

    await user.click(await screen.findByRole('button', { name: `Delete the question: ${ASKED}` }));
    let dialog = await findConfirm();
    expect(dialog).toHaveTextContent(`It leaves the debrief for everyone: ${ASKED}`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    expect(await questionItem(ASKED)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Delete the question: ${ASKED}` }));
    dialog = await findConfirm();
    await user.click(within(dialog).getByRole('button', { name: 'Delete', hidden: true }));

    await waitFor(() => expect(screen.queryByText(ASKED)).not.toBeInTheDocument());
    const deletes = requests.filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.path).toBe(QUESTION_PATH);
    expect(deletes[0]?.headers.get('if-match')).toBe('"q-1"');
    expect(await questionItem(OTHER.text)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Coaching questions' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('keeps the dialog open with the reason when the API refuses, and the question stays', async () => {
    stubApi({
      [DEBRIEF]: { body: debriefWith([question()]) },
      [`DELETE ${QUESTION_PATH}`]: {
        status: 409,
        body: buildProblem(409, 'conflict', { detail: 'The debrief is closed: its questions stay as they are.' }),
      },
    } satisfies Routes);
    const user = userEvent.setup();
    renderDebrief();

    await user.click(await screen.findByRole('button', { name: `Delete the question: ${ASKED}` }));
    const dialog = await findConfirm();
    await user.click(within(dialog).getByRole('button', { name: 'Delete', hidden: true }));

    expect(
      await within(dialog).findByText('The debrief is closed: its questions stay as they are.'),
    ).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    expect(screen.getByText(ASKED, { selector: 'span' })).toBeInTheDocument();
  });
});
