import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { OutcomeForm } from './OutcomeForm';
import { buildAdopter } from './testFactories';

const OUTCOME = `PUT /api/spaces/${SPACE_ID}/practices/p-legal/outcome`;

describe('OutcomeForm', () => {
  it('records the chosen outcome with the note', async () => {
    const requests = stubApi({
      [OUTCOME]: { body: buildAdopter({ status: 'recorded', outcome: 'didNotWork', note: 'Legal was outsourced.' }) },
    });
    renderWithApp(<OutcomeForm spaceId={SPACE_ID} practiceId="p-legal" title="Legal review in five days" />);
    const form = screen.getByRole('form', { name: 'Record the outcome of Legal review in five days' });
    const submit = screen.getByRole('button', { name: 'Record outcome' });
    expect(form).toBeInTheDocument();
    expect(submit).toBeDisabled();

    await userEvent.click(screen.getByRole('radio', { name: "Didn't work" }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Legal was outsourced.');
    await userEvent.click(submit);

    await expect
      .poll(() => requests.find((r) => r.method === 'PUT')?.body)
      .toEqual({
        outcome: 'didNotWork',
        note: 'Legal was outsourced.',
      });
  });

  it('says when the outcome could not be saved', async () => {
    stubApi({
      [OUTCOME]: { status: 500, body: { type: 'about:blank', title: 'Server error.', status: 500, code: 'internal' } },
    });
    renderWithApp(<OutcomeForm spaceId={SPACE_ID} practiceId="p-legal" title="Legal review in five days" />);

    await userEvent.click(screen.getByRole('radio', { name: 'Worked' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record outcome' }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
