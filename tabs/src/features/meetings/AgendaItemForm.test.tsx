import type { CreateAgendaItemBody } from '@coachboard/api/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { AgendaItemForm } from './AgendaItemForm';

describe('AgendaItemForm', () => {
  it('keeps the barrier an item was put on the agenda for, and offers no other link for it', async () => {
    stubApi({});
    const sent: CreateAgendaItemBody[] = [];
    renderWithApp(
      <AgendaItemForm
        spaceId={SPACE_ID}
        members={buildTeam()}
        pending={false}
        onSubmit={(body) => sent.push(body)}
        item={{
          id: 'i-1',
          meetingId: 'm-1',
          title: 'Barrier: Demo environments take days',
          kind: 'decision',
          ownerId: null,
          ownerName: null,
          timeboxMinutes: 10,
          link: { kind: 'barrier', id: 'b-1' },
          notes: '',
          inDigest: false,
          order: 1024,
          etag: '"e"',
        }}
      />,
    );
    expect(screen.queryByRole('combobox', { name: 'Linked content' })).toBeNull();
    const title = screen.getByRole('textbox', { name: /^Item/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Barrier: booking demo environments');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      title: 'Barrier: booking demo environments',
      link: { kind: 'barrier', id: 'b-1' },
    });
  });
});
