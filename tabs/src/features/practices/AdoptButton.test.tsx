import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { AdoptButton } from './AdoptButton';
import { buildAdopter } from './testFactories';

const ADOPT = `POST /api/spaces/${SPACE_ID}/practices/p-legal/adoptions`;
const asLynne = { info: { user: { id: 'u-lynne', upn: null, name: 'Lynne Robbins' } } };

describe('AdoptButton', () => {
  it('adopts once and then says so', async () => {
    const requests = stubApi({ [ADOPT]: { status: 201, body: buildAdopter() } });
    renderWithApp(<AdoptButton spaceId={SPACE_ID} practiceId="p-legal" authorId="u-diego" />, asLynne);

    await userEvent.click(screen.getByRole('button', { name: "I'll try this" }));

    expect(await screen.findByRole('button', { name: "You're trying this" })).toBeDisabled();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('shows a practice already adopted as such', () => {
    stubApi({});
    renderWithApp(<AdoptButton spaceId={SPACE_ID} practiceId="p-legal" authorId="u-diego" adopted />, asLynne);

    expect(screen.getByRole('button', { name: "You're trying this" })).toBeDisabled();
    expect(screen.queryByRole('button', { name: "I'll try this" })).not.toBeInTheDocument();
  });

  it('offers the author no button', () => {
    stubApi({});
    renderWithApp(<AdoptButton spaceId={SPACE_ID} practiceId="p-legal" authorId="u-lynne" />, asLynne);

    expect(screen.getByText('You posted this practice.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains the 409 the API gives an author', async () => {
    stubApi({
      [ADOPT]: {
        status: 409,
        body: { type: 'about:blank', title: 'Conflict.', status: 409, code: 'conflict', detail: 'own practice' },
      },
    });
    renderWithApp(<AdoptButton spaceId={SPACE_ID} practiceId="p-legal" authorId="u-someone-else" />, asLynne);

    await userEvent.click(screen.getByRole('button', { name: "I'll try this" }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You posted this practice, so you cannot adopt it.');
  });
});
