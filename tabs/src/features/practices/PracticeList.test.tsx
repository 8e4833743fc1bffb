import { DEFAULT_SKILLS } from '@coachboard/api/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { PracticeList } from './PracticeList';
import { buildPractice } from './testFactories';

const LIST = `GET /api/spaces/${SPACE_ID}/practices`;

/** The query of the last request the page sent (the fake API records paths only). */
function lastQuery(): URLSearchParams {
  const calls = (globalThis.fetch as unknown as { mock: { calls: [string][] } }).mock.calls;
  return new URL(calls.at(-1)?.[0] ?? '', 'http://localhost').searchParams;
}

describe('PracticeList', () => {
  it('shows result, measure, context, adopters and success rate, and pages with "Show more"', async () => {
    const first = buildPractice({
      proven: true,
      adoption: {
        adoptionCount: 4,
        tryingCount: 1,
        workedCount: 2,
        didNotWorkCount: 1,
        notApplicableCount: 0,
        successRate: 0.6667,
      },
    });
    const second = buildPractice({ id: 'p-two', title: 'Mutual action plan on day one' });
    let calls = 0;
    stubApi({
      [LIST]: () => {
        calls += 1;
        return calls === 1
          ? { body: { items: [first], continuation: 'next-page' } }
          : { body: { items: [second], continuation: null } };
      },
    });
    renderWithApp(<PracticeList spaceId={SPACE_ID} skills={DEFAULT_SKILLS} />);

    const list = await screen.findByRole('list', { name: 'Practices from the team' });
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Legal review in five days');
    expect(card).toHaveTextContent('Sales cycle shortened by 21 days');
    expect(card).toHaveTextContent('Enterprise · Negotiation · Legal · Diego Siciliani');
    expect(card).toHaveTextContent('4 adopters · worked for 67% of 3 who reported');
    expect(within(card).getByText('Proven')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await within(list).findByText('Mutual action plan on day one')).toBeInTheDocument();
    expect(lastQuery().get('continuation')).toBe('next-page');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('asks the API for the chosen sort and filters', async () => {
    stubApi({ [LIST]: { body: { items: [], continuation: null } } });
    renderWithApp(<PracticeList spaceId={SPACE_ID} skills={DEFAULT_SKILLS} />);
    await screen.findByText('No practices yet');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'bestOutcome');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'negotiation');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Segment' }), 'enterprise');

    await screen.findByText(/No practice matches these filters/);
    const query = lastQuery();
    expect(query.get('sort')).toBe('bestOutcome');
    expect(query.get('skill')).toBe('negotiation');
    expect(query.get('segment')).toBe('enterprise');
    expect(query.has('stage')).toBe(false);
  });
});
