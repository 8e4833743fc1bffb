import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import MyActions from './MyActions';
import { MEETING_ID } from './factories';

function buildMyAction(done: boolean) {
  return {
    id: 'c-1',
    meetingId: MEETING_ID,
    kind: 'action',
    text: 'Send Fabrikam the revised quote',
    itemId: 'item-1',
    ownerId: 'u-megan',
    ownerName: 'Megan Bowen',
    dueDate: '2026-12-11',
    done,
    createdBy: 'u-megan',
    createdAt: '2026-12-07T09:10:00.000Z',
    etag: '"c-1"',
    spaceId: SPACE_ID,
    spaceName: 'Northwind Sales',
    meetingTitle: 'Weekly sales meeting',
  };
}

describe('My action items', () => {
  it('completes an action and reopens it', async () => {
    let done = false;
    const requests = stubApi({
      'GET /api/me/actions': () => ({ body: { items: [buildMyAction(done)] } }),
      [`PATCH /api/spaces/${SPACE_ID}/captures/c-1`]: ({ body }) => {
        done = (body as { done: boolean }).done;
        return { body: buildMyAction(done) };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<MyActions />);

    const action = await screen.findByRole('checkbox', { name: 'Send Fabrikam the revised quote' });
    expect(screen.getByText('Northwind Sales · Weekly sales meeting · due Fri, Dec 11, 2026')).toBeInTheDocument();
    await user.click(action);
    await waitFor(() => expect(action).toBeChecked());
    await user.click(action);
    await waitFor(() => expect(action).not.toBeChecked());

    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ done: true }, { done: false }]);
  });
});
