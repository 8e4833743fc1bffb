import type { InboxItem } from '@coachboard/api/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSpace, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import Inbox from './Inbox';
import { targetDomId, useTargetHighlight } from './target';

function buildItem(id: string, title: string, readAt?: string): InboxItem {
  return {
    id,
    spaceId: SPACE_ID,
    kind: 'actionAssigned',
    title,
    target: { page: 'personal', section: 'actions', itemId: `c-${id}` },
    actorName: 'Megan Bowen',
    createdAt: '2026-12-04T09:00:00.000Z',
    ...(readAt ? { readAt } : {}),
  };
}

/** Stands in for the personal tab's action list: the elements a notice opens. */
function Actions() {
  const highlight = useTargetHighlight();
  return (
    <ul>
      {['n1', 'n2'].map((id) => (
        <li key={id} id={targetDomId('actions', `c-${id}`)} className={highlight}>
          action {id}
        </li>
      ))}
    </ul>
  );
}

describe('the inbox', () => {
  let scrolled: Element[];
  beforeEach(() => {
    scrolled = [];
    // jsdom lays nothing out and has no scrollIntoView: record what the inbox scrolls to.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
  });

  it('lists unread first, marks read, and opens the item highlighted', async () => {
    let items = [buildItem('n1', 'Read one', '2026-12-04T10:00:00.000Z'), buildItem('n2', 'Unread one')];
    const requests = stubApi({
      'GET /api/me/inbox': () => ({ body: { items, unread: items.filter((i) => !i.readAt).length } }),
      'POST /api/me/inbox/n2/read': () => {
        items = items.map((i) => (i.id === 'n2' ? { ...i, readAt: '2026-12-04T11:00:00.000Z' } : i));
        return { body: items[1] };
      },
    });
    const user = userEvent.setup();
    renderWithApp(
      <>
        <Inbox spaces={[buildSpace()]} />
        <Actions />
      </>,
    );
    const list = await screen.findByRole('list', { name: 'Notifications' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.dataset.noticeId)).toEqual(['n2', 'n1']);
    expect(rows[0]).toHaveTextContent('Megan Bowen assigned you an action');
    expect(screen.getByText('1 new')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open: Unread one' }));
    const target = document.getElementById('open-actions-c-n2');
    await waitFor(() => expect(target).toHaveAttribute('data-highlighted', 'true'));
    expect(target).toHaveFocus();
    expect(scrolled).toContain(target);
    await waitFor(() => expect(screen.getByText('Nothing new')).toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/me/inbox/n2/read']);
  });

  it('opens what a deep link names on load and marks its notice read', async () => {
    const items = [buildItem('n1', 'Linked one')];
    const requests = stubApi({
      'GET /api/me/inbox': () => ({ body: { items, unread: 1 } }),
      'POST /api/me/inbox/n1/read': () => ({ body: { ...items[0], readAt: '2026-12-04T11:00:00.000Z' } }),
    });
    renderWithApp(
      <>
        <Inbox spaces={[buildSpace()]} />
        <Actions />
      </>,
      { info: { inTeams: true, subPageId: 'actions/c-n1' } },
    );
    const target = document.getElementById('open-actions-c-n1');
    await waitFor(() => expect(target).toHaveAttribute('data-highlighted', 'true'));
    await waitFor(() => expect(requests.some((r) => r.path === '/api/me/inbox/n1/read')).toBe(true));
  });
});
