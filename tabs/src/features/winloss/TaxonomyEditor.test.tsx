import {
  can,
  DEFAULT_WINLOSS_REASONS,
  ReasonKey,
  WinlossTaxonomyResponse,
  type Role,
  type WinlossReason,
} from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { winlossMessages } from '../../i18n/en.winloss';
import { withMessages } from '../../i18n/withMessages';
import { SPACE_ID } from '../../test/factories';
import { stubApi, type RecordedRequest } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { reasonKey, TaxonomyEditor } from './TaxonomyEditor';

const TAXONOMY = `/api/spaces/${SPACE_ID}/winloss/taxonomy`;
const Editor = withMessages(winlossMessages)(TaxonomyEditor);
const listed = (etag: string, reasons: readonly WinlossReason[] = DEFAULT_WINLOSS_REASONS, isDefault = false) =>
  WinlossTaxonomyResponse.parse({ reasons, isDefault, etag });
const puts = (requests: RecordedRequest[]) => requests.filter((r) => r.method === 'PUT');
const render = (role: Role) => renderWithApp(<Editor spaceId={SPACE_ID} mayEdit={can(role, 'winloss.configure')} />);

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Edit reasons' }));
  return screen.getByRole('form', { name: 'Edit reasons' });
}

describe('win/loss reasons editor', () => {
  it('lets a manager relabel a reason and add one, saving the whole list with the version edited', async () => {
    let current = listed('"tx-0"', DEFAULT_WINLOSS_REASONS, true);
    const requests = stubApi({
      [`GET ${TAXONOMY}`]: () => ({ body: current }),
      [`PUT ${TAXONOMY}`]: (request) => {
        current = listed('"tx-1"', (request.body as { reasons: WinlossReason[] }).reasons);
        return { body: current };
      },
    });
    const user = userEvent.setup();
    render('manager');

    const form = await openEditor(user);
    const price = within(form).getByRole('textbox', { name: 'Reason 1' });
    expect(price).toHaveValue('Price');
    await user.clear(price);
    await user.type(price, 'Price and terms');
    // Enter in the new reason's field adds it (keyboard only), it does not save the list.
    await user.type(within(form).getByRole('textbox', { name: 'New reason' }), 'Security review{Enter}');
    expect(puts(requests)).toHaveLength(0);
    expect(within(form).getByRole('textbox', { name: 'Reason 9' })).toHaveValue('Security review');
    await user.click(within(form).getByRole('button', { name: 'Save reasons' }));

    expect(await screen.findByText('Reasons saved.')).toBeInTheDocument();
    const [put] = puts(requests);
    expect(put?.headers.get('if-match')).toBe('"tx-0"');
    expect(put?.body).toEqual({
      reasons: [
        { key: 'price', label: 'Price and terms' },
        ...DEFAULT_WINLOSS_REASONS.slice(1),
        { key: 'security-review', label: 'Security review' },
      ],
    });
    // The list shows what was saved.
    const list = screen.getByRole('list', { name: 'Win/loss reasons' });
    expect(within(list).getByText('Price and terms')).toBeInTheDocument();
    expect(within(list).getByText('Security review')).toBeInTheDocument();
    expect(within(list).queryByText('Price')).not.toBeInTheDocument();
  });

  it('explains a 412, saves nothing, and reloads the newer list on request', async () => {
    let current = listed('"tx-1"');
    const requests = stubApi({
      [`GET ${TAXONOMY}`]: () => ({ body: current }),
      [`PUT ${TAXONOMY}`]: {
        status: 412,
        body: { type: 'about:blank', title: 'Precondition failed.', status: 412, code: 'precondition_failed' },
      },
    });
    const user = userEvent.setup();
    render('manager');

    const form = await openEditor(user);
    await user.type(within(form).getByRole('textbox', { name: 'New reason' }), 'Budget');
    await user.click(within(form).getByRole('button', { name: 'Add reason' }));
    // Meanwhile another manager relabelled "Timing".
    current = listed(
      '"tx-2"',
      DEFAULT_WINLOSS_REASONS.map((r) => (r.key === 'timing' ? { ...r, label: 'Urgency' } : r)),
    );
    await user.click(within(form).getByRole('button', { name: 'Save reasons' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed the reasons since you opened them, so yours were not saved.',
    );
    expect(puts(requests)[0]?.headers.get('if-match')).toBe('"tx-1"');
    await user.click(screen.getByRole('button', { name: 'Reload the reasons' }));
    const reloaded = screen.getByRole('form', { name: 'Edit reasons' });
    await expect.poll(() => within(reloaded).getByRole('textbox', { name: 'Reason 4' })).toHaveValue('Urgency');
    expect(within(reloaded).queryByRole('textbox', { name: 'Reason 9' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Saving again now sends the newer version.
    await user.click(within(reloaded).getByRole('button', { name: 'Save reasons' }));
    await expect.poll(() => puts(requests)[1]?.headers.get('if-match')).toBe('"tx-2"');
  });

  it('refuses an empty label without asking the API', async () => {
    const requests = stubApi({ [`GET ${TAXONOMY}`]: { body: listed('"tx-1"') } });
    const user = userEvent.setup();
    render('manager');
    const form = await openEditor(user);
    await user.clear(within(form).getByRole('textbox', { name: 'Reason 2' }));
    await user.click(within(form).getByRole('button', { name: 'Save reasons' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Give every reason a name.');
    expect(puts(requests)).toHaveLength(0);
  });

  it('shows a rep no editor (and does not even ask for the list)', async () => {
    const requests = stubApi({ [`GET ${TAXONOMY}`]: { body: listed('"tx-1"') } });
    render('rep');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Win/loss reasons' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit reasons' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('derives keys the API accepts, unique in the list', () => {
    const used = new Set(DEFAULT_WINLOSS_REASONS.map((r) => r.key));
    for (const label of ['Security review', 'Prix élevé', '24/7 support', '€€€', 'x'.repeat(80)]) {
      const key = reasonKey(label, used);
      expect(ReasonKey.safeParse(key).success, `${label} → ${key}`).toBe(true);
      expect(used.has(key)).toBe(false);
    }
    expect(reasonKey('Price', used)).toBe('price-2');
  });
});
