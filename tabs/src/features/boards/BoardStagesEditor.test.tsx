import { BoardStagesResponse, DEFAULT_BOARD_STAGES } from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi, type RecordedRequest } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { BoardStagesEditor } from './BoardStagesEditor';

const STAGES = `/api/spaces/${SPACE_ID}/board-stages`;
const saved = (etag: string, stages = DEFAULT_BOARD_STAGES) =>
  BoardStagesResponse.parse({ stages, isDefault: false, etag });
const puts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'PUT');
/** The stages of the read-only list, in order (each holds its own list of criteria). */
const stagesShown = async () =>
  [...(await screen.findByRole('list', { name: 'Stages and exit criteria' })).children] as HTMLElement[];

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Show stages and exit criteria' }));
  await user.click(await screen.findByRole('button', { name: 'Edit stages' }));
  return screen.getByRole('form', { name: 'Edit stages' });
}

describe('stages and exit criteria', () => {
  it('lets a manager add an exit criterion and saves it with the version edited', async () => {
    let current = saved('"st-1"');
    const requests = stubApi({
      [`GET ${STAGES}`]: () => ({ body: current }),
      [`PUT ${STAGES}`]: (request) => {
        current = saved('"st-2"', (request.body as { stages: typeof DEFAULT_BOARD_STAGES }).stages);
        return { body: current };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<BoardStagesEditor spaceId={SPACE_ID} myRole="manager" />);

    const form = await openEditor(user);
    const close = within(form).getByRole('group', { name: 'Stage 5' });
    expect(within(close).getByRole('textbox', { name: 'Stage name' })).toHaveValue('Close');
    await user.click(within(close).getByRole('button', { name: 'Add exit criterion to Close' }));
    // The new field has the focus, so the manager types straight away.
    await user.keyboard('Buyer paid the first invoice');
    await user.click(within(form).getByRole('button', { name: 'Save stages' }));

    expect(await screen.findByText('Stages saved.')).toBeInTheDocument();
    const [put] = puts(requests);
    expect(put?.headers.get('if-match')).toBe('"st-1"');
    const body = put?.body as { stages: typeof DEFAULT_BOARD_STAGES };
    expect(body.stages.map((s) => s.id)).toEqual(DEFAULT_BOARD_STAGES.map((s) => s.id));
    expect(body.stages[4]?.exitCriteria).toEqual([
      { id: 'contract-signed', text: 'Buyer signed the contract', signal: null },
      { id: 'buyer-paid-the-first-invoice', text: 'Buyer paid the first invoice', signal: null },
    ]);
    // The read-only list shows what was saved.
    expect((await stagesShown())[4]).toHaveTextContent('Buyer paid the first invoice');
  });

  it('reorders and removes stages (asking once) before saving', async () => {
    const requests = stubApi({
      [`GET ${STAGES}`]: { body: saved('"st-1"') },
      [`PUT ${STAGES}`]: (request) => ({ body: saved('"st-2"', (request.body as BoardStagesResponse).stages) }),
    });
    const user = userEvent.setup();
    renderWithApp(<BoardStagesEditor spaceId={SPACE_ID} myRole="manager" />);

    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Move Discover up' }));
    await user.click(within(form).getByRole('button', { name: 'Remove stage Negotiate' }));
    // Found by role, then title text: in jsdom the dialog's name may be computed before its title is linked.
    const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 5000 });
    expect(within(dialog).getByText('Remove the stage Negotiate?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove stage', hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Save stages' }));

    await screen.findByText('Stages saved.');
    const body = puts(requests)[0]?.body as BoardStagesResponse;
    expect(body.stages.map((s) => s.id)).toEqual(['discover', 'qualify', 'propose', 'close']);
  });

  it('explains a 412, saves nothing, and reloads the newer stages on request', async () => {
    let current = saved('"st-1"');
    const requests = stubApi({
      [`GET ${STAGES}`]: () => ({ body: current }),
      [`PUT ${STAGES}`]: {
        status: 412,
        body: { type: 'about:blank', title: 'Precondition failed.', status: 412, code: 'precondition_failed' },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<BoardStagesEditor spaceId={SPACE_ID} myRole="manager" />);

    const form = await openEditor(user);
    const qualify = within(form).getByRole('group', { name: 'Stage 1' });
    const criterion = within(qualify).getByRole('textbox', { name: 'Exit criterion 1' });
    await user.clear(criterion);
    await user.type(criterion, 'Buyer named the problem');
    // Meanwhile someone else renamed the first stage.
    current = saved('"st-9"', [
      { ...DEFAULT_BOARD_STAGES[0]!, name: 'Qualify (new)' },
      ...DEFAULT_BOARD_STAGES.slice(1),
    ]);
    await user.click(within(form).getByRole('button', { name: 'Save stages' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed the stages since you opened them, so yours were not saved.',
    );
    expect(puts(requests)[0]?.headers.get('if-match')).toBe('"st-1"');
    await user.click(screen.getByRole('button', { name: 'Reload the stages' }));
    const reloaded = within(form).getByRole('group', { name: 'Stage 1' });
    await expect.poll(() => within(reloaded).getByRole('textbox', { name: 'Stage name' })).toHaveValue('Qualify (new)');
    expect(within(reloaded).getByRole('textbox', { name: 'Exit criterion 1' })).toHaveValue(
      'Buyer confirmed the problem and its cost',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows reps the stages and their exit criteria read-only', async () => {
    stubApi({ [`GET ${STAGES}`]: { body: saved('"st-1"') } });
    const user = userEvent.setup();
    renderWithApp(<BoardStagesEditor spaceId={SPACE_ID} myRole="rep" />);

    await user.click(screen.getByRole('button', { name: 'Show stages and exit criteria' }));
    const discover = (await stagesShown())[1]!;
    expect(within(discover).getByRole('heading', { name: 'Discover' })).toBeInTheDocument();
    expect(discover).toHaveTextContent('Buyer: Define requirements');
    expect(discover).toHaveTextContent('Economic buyer met');
    expect(screen.queryByRole('button', { name: 'Edit stages' })).not.toBeInTheDocument();
  });
});
