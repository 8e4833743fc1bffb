import type { BarrierResponse } from '@coachboard/api/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { barrierMessages } from '../../i18n/en.barriers';
import { withMessages } from '../../i18n/withMessages';
import { buildProblem, buildSpace, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { BarrierCard } from './BarrierCard';
import BarrierEntry from './BarrierEntry';

const BASE = `/api/spaces/${SPACE_ID}/barriers`;

function buildBarrier(overrides: Partial<BarrierResponse> = {}): BarrierResponse {
  return {
    id: 'b-1',
    spaceId: SPACE_ID,
    raiserId: 'u-alex',
    raiserName: 'Alex Wilber',
    category: 'pricingApproval',
    text: 'Discounts above 10% wait a week',
    impact: '',
    boardId: null,
    urgency: 'medium',
    visibility: 'private',
    status: 'open',
    resolution: '',
    resources: [],
    raisedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    closedAt: null,
    confirmedAt: null,
    history: [],
    can: { changeStatus: true, confirm: false, reopen: false },
    etag: '"e1"',
    ...overrides,
  };
}

const Card = withMessages(barrierMessages)(BarrierCard);

describe('Raise a barrier (side panel entry)', () => {
  it('is raised with the keyboard only: private and medium by default, the text trimmed', async () => {
    const requests = stubApi({
      [`POST ${BASE}`]: { status: 201, body: buildBarrier() },
      [`GET /api/spaces/${SPACE_ID}/boards`]: { body: { items: [], stages: [] } },
    });
    renderWithApp(<BarrierEntry space={buildSpace({ myRole: 'rep' })} members={buildTeam()} />);
    const open = await screen.findByRole('button', { name: 'Raise a barrier' });
    open.focus();
    await userEvent.keyboard('{Enter}');
    const text = await screen.findByRole('textbox', { name: /What blocks you/ });
    expect(text).toHaveFocus();
    await userEvent.keyboard('  The CRM logs me out before visits ');
    await userEvent.tab();
    expect(screen.getByRole('combobox', { name: 'What kind of barrier' })).toHaveFocus();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'What kind of barrier' }), 'tools');
    text.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Barrier raised. Your managers were told.');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      category: 'tools',
      text: 'The CRM logs me out before visits',
      impact: '',
      urgency: 'medium',
      visibility: 'private',
      boardId: null,
    });
  });
});

describe('BarrierCard', () => {
  it("a manager's won't fix needs a reason; a stale etag says someone changed it", async () => {
    const requests = stubApi({
      [`PUT ${BASE}/b-1/status`]: { status: 412, body: buildProblem(412, 'precondition_failed') },
      [`GET ${BASE}`]: { body: { items: [] } },
    });
    renderWithApp(<Card spaceId={SPACE_ID} barrier={buildBarrier()} manager />);
    await userEvent.click(await screen.findByRole('button', { name: /^Won’t fix:/ }));
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: /Why it will not be fixed/ }), 'Policy this quarter');
    await userEvent.click(save);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Someone changed this barrier meanwhile/);
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('if-match')).toBe('"e1"');
    expect(put?.body).toEqual({ status: 'wontFix', reason: 'Policy this quarter' });
  });

  it('a removal link must be https; the raiser then confirms with the etag they saw', async () => {
    const requests = stubApi({
      [`PUT ${BASE}/b-1/status`]: { body: buildBarrier({ status: 'removed' }) },
      [`POST ${BASE}/b-1/confirmation`]: { body: buildBarrier({ status: 'removed', confirmedAt: 'now' }) },
    });
    const { unmount } = renderWithApp(<Card spaceId={SPACE_ID} barrier={buildBarrier()} manager />);
    await userEvent.click(await screen.findByRole('button', { name: /^Mark removed:/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Link to a playbook/ }), 'http://intranet/pricing');
    expect(screen.getByText('Links must start with https://')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    unmount();

    renderWithApp(
      <Card
        spaceId={SPACE_ID}
        barrier={buildBarrier({
          status: 'removed',
          resolution: 'Approved up to 15%',
          resources: [{ label: 'Pricing playbook', url: 'https://contoso.example/pricing' }],
          can: { changeStatus: false, confirm: true, reopen: true },
          etag: '"e2"',
        })}
        manager={false}
      />,
    );
    expect(screen.getByText('Resolution: Approved up to 15%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pricing playbook' })).toHaveAttribute(
      'href',
      'https://contoso.example/pricing',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Confirm it is removed:/ }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('if-match')).toBe('"e2"');
    expect(post?.body).toEqual({ action: 'confirm' });
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
