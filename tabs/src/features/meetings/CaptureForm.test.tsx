import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { CaptureForm } from './CaptureForm';
import { MEETING_ID } from './factories';

const capturesPath = `/api/spaces/${SPACE_ID}/meetings/${MEETING_ID}/captures`;

describe('Quick capture', () => {
  it('asks for the text and an owner before an action is sent, then sends it against the current item', async () => {
    const requests = stubApi({
      [`POST ${capturesPath}`]: ({ body }) => ({
        status: 201,
        body: {
          id: 'c-1',
          meetingId: MEETING_ID,
          kind: 'action',
          text: 'Send the pricing deck',
          itemId: 'item-1',
          ownerId: 'u-alex',
          ownerName: 'Alex Wilber',
          dueDate: (body as { dueDate: string }).dueDate,
          done: false,
          createdBy: 'u-megan',
          createdAt: '2026-12-07T09:10:00.000Z',
          etag: '"c-1"',
        },
      }),
      [`GET ${capturesPath}`]: { body: { items: [] } },
    });
    const user = userEvent.setup();
    renderWithApp(<CaptureForm spaceId={SPACE_ID} meetingId={MEETING_ID} itemId="item-1" members={buildTeam()} />);

    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(screen.getByText('Enter what was decided or what to do.')).toBeInTheDocument();
    expect(screen.getByText('Choose who will do it.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /What/ }), 'Send the pricing deck');
    await user.selectOptions(screen.getByRole('combobox', { name: /Owner/ }), 'u-alex');
    await user.type(screen.getByLabelText('Due date'), '2026-12-11');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Captured.');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      kind: 'action',
      text: 'Send the pricing deck',
      itemId: 'item-1',
      ownerId: 'u-alex',
      dueDate: '2026-12-11',
    });
  });

  it('sends a decision without owner or due date', async () => {
    const requests = stubApi({});
    const user = userEvent.setup();
    renderWithApp(<CaptureForm spaceId={SPACE_ID} meetingId={MEETING_ID} itemId="item-1" members={buildTeam()} />);

    await user.click(screen.getByRole('radio', { name: 'Decision' }));
    expect(screen.queryByRole('combobox', { name: /Owner/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /What/ }), 'Discount cap stays at 12%');
    await user.click(screen.getByRole('button', { name: 'Add decision' }));

    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      kind: 'decision',
      text: 'Discount cap stays at 12%',
      itemId: 'item-1',
    });
  });
});
