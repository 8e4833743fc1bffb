import { DEFAULT_SKILLS } from '@coachboard/api/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { PracticeForm } from './PracticeForm';
import { buildPractice } from './testFactories';

const POST = `POST /api/spaces/${SPACE_ID}/practices`;

function renderForm(onPosted = vi.fn()) {
  renderWithApp(<PracticeForm spaceId={SPACE_ID} skills={DEFAULT_SKILLS} onPosted={onPosted} onCancel={vi.fn()} />, {
    info: { user: { id: 'u-alex', upn: null, name: 'Alex Wilber' } },
  });
  return onPosted;
}

const needed = () => within(screen.getByRole('list', { name: 'Still needed before posting' }));

describe('PracticeForm', () => {
  it('asks for the actions when only a result is written', async () => {
    stubApi({});
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'What happened' }), 'Closed Contoso in 12 days');

    expect(needed().getByText(/You wrote the result\. Now add the specific actions/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post practice' })).toBeDisabled();
  });

  it('asks for a result when only advice is written', async () => {
    stubApi({});
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'What happened' }), 'Always send the agenda first');

    expect(needed().getByText(/This reads like advice/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Sent the agenda to the CFO a day early');
    expect(needed().getByText(/This reads like advice\. Say what happened when you did it/)).toBeInTheDocument();
    expect(needed().queryByText(/Add the specific actions/)).not.toBeInTheDocument();
  });

  it('reorders steps with buttons and posts the complete draft', async () => {
    const requests = stubApi({ [POST]: { status: 201, body: buildPractice({ id: 'p-new' }) } });
    const onPosted = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Pre-redlined MSA');
    await userEvent.type(screen.getByRole('textbox', { name: 'What happened' }), 'Legal signed in 5 days');
    await userEvent.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Booked a call between both counsels');
    await userEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Step 2' }), 'Asked the champion who signs in legal');
    await userEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Segment/ }), 'enterprise');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Deal stage/ }), 'negotiation');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Negotiation' }));

    expect(screen.queryByRole('list', { name: 'Still needed before posting' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Post practice' }));

    await waitFor(() => expect(onPosted).toHaveBeenCalledWith('p-new'));
    const body = requests.find((r) => r.method === 'POST')?.body as { actions: string[]; tags: string[] };
    expect(body.actions).toEqual(['Asked the champion who signs in legal', 'Booked a call between both counsels']);
    expect(body.tags).toEqual(['negotiation']);
  });

  it('shows the server’s field issues on the fields they name', async () => {
    stubApi({
      [POST]: {
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Invalid request.',
          status: 400,
          code: 'validation_failed',
          issues: [{ field: 'body.title', message: 'must not contain control characters' }],
        },
      },
    });
    renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Pre-redlined MSA');
    await userEvent.type(screen.getByRole('textbox', { name: 'What happened' }), 'Legal signed in 5 days');
    await userEvent.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Booked a call between both counsels');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Segment/ }), 'enterprise');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Deal stage/ }), 'negotiation');
    await userEvent.click(screen.getByRole('button', { name: 'Post practice' }));

    expect(await screen.findByText('must not contain control characters')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  });
});
