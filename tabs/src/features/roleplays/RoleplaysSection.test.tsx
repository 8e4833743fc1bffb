import { DEFAULT_SKILLS, STARTER_SCENARIOS, type Role } from '@coachboard/api/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildSpace, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RoleplaysSection } from './RoleplaysSection';
import { buildCompetencies, buildRoleplaySummary, buildScenario, buildScenarioSummary } from './testFactories';

const BASE = `/api/spaces/${SPACE_ID}`;
const SKILLS = { body: { items: DEFAULT_SKILLS, etag: '"skills"' } };
const starter = buildScenarioSummary();
const lostDeal = buildScenarioSummary({
  id: 's-fabrikam',
  title: 'Fabrikam walked away over onboarding',
  persona: {
    name: 'Priya Raman',
    role: 'CFO',
    company: 'Fabrikam',
    mood: 'Sceptical',
    caresAbout: ['A payback inside a year'],
  },
  difficulty: 'advanced',
  suggestedRoundMinutes: 10,
  source: { kind: 'lostDeal', reviewId: 'review-9' },
  author: { userId: 'u-alex', name: 'Alex Wilber' },
});

function renderSection(role: Role, routes: Parameters<typeof stubApi>[0] = {}) {
  const requests = stubApi({
    [`GET ${BASE}/skills`]: SKILLS,
    [`GET ${BASE}/scenarios`]: { body: { items: [starter, lostDeal] } },
    [`GET ${BASE}/roleplays`]: { body: { items: [] } },
    [`GET ${BASE}/competencies`]: { body: buildCompetencies() },
    ...routes,
  });
  renderWithApp(<RoleplaysSection space={buildSpace({ myRole: role })} members={buildTeam()} />);
  return requests;
}

/** The query strings of every scenario list request, in order. */
function scenarioQueries(): URLSearchParams[] {
  const calls = (globalThis.fetch as unknown as { mock: { calls: [string, RequestInit?][] } }).mock.calls;
  return calls
    .map(([url]) => new URL(url, 'http://localhost'))
    .filter((url) => url.pathname === `${BASE}/scenarios`)
    .map((url) => url.searchParams);
}

describe('RoleplaysSection', () => {
  it('lists scenarios as cards with the customer, skill, difficulty, length, criteria and source', async () => {
    renderSection('rep');

    const list = await screen.findByRole('list', { name: 'Scenarios' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Dana Whitfield, Operations Director at Wingtip Toys');
    expect(first).toHaveTextContent('Practises Objection handling · 7 min rounds · 2 objections for the customer');
    expect(first).toHaveTextContent('Observers score: Handling price objections and Next-step close');
    expect(within(first!).getByText('Foundation')).toBeInTheDocument();
    expect(within(first!).getByText('Starter')).toBeInTheDocument();
    expect(within(second!).getByText('Advanced')).toBeInTheDocument();
    expect(within(second!).getByText('From a lost deal')).toBeInTheDocument();
  });

  it('asks the API for the chosen skill, difficulty and search words', async () => {
    renderSection('rep');
    await screen.findByRole('list', { name: 'Scenarios' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'negotiation');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'advanced');
    await userEvent.type(screen.getByRole('searchbox', { name: /Search scenarios/ }), 'CFO budget');

    await waitFor(() => expect(scenarioQueries().at(-1)?.get('search')).toBe('CFO budget'));
    const query = scenarioQueries().at(-1);
    expect(query?.get('skill')).toBe('negotiation');
    expect(query?.get('difficulty')).toBe('advanced');
    expect(query?.has('archived')).toBe(false);
    expect(scenarioQueries().some((q) => q.get('search') === 'C')).toBe(false);
  });

  it('says when no scenario matches the filters', async () => {
    renderSection('rep', { [`GET ${BASE}/scenarios`]: { body: { items: [] } } });
    await screen.findByText('No scenarios yet');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'foundation');

    expect(await screen.findByText(/No scenario matches these filters/)).toBeInTheDocument();
  });

  it('lets contributors read the library but not write, archive or install', async () => {
    renderSection('contributor');

    await screen.findByRole('list', { name: 'Scenarios' });
    expect(screen.queryByRole('button', { name: 'New scenario' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Show archived scenarios' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Install starter scenarios' })).not.toBeInTheDocument();
  });

  it('offers reps "New scenario" and their archived scenarios, but not the starters', async () => {
    renderSection('rep');

    expect(await screen.findByRole('button', { name: 'New scenario' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Show archived scenarios' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Starter scenarios' })).not.toBeInTheDocument();
  });

  it('shows managers the archived scenarios on request', async () => {
    renderSection('manager');
    await screen.findByRole('list', { name: 'Scenarios' });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived scenarios' }));

    expect(await screen.findByRole('heading', { name: 'Archived scenarios' })).toBeInTheDocument();
    await waitFor(() => expect(scenarioQueries().at(-1)?.get('archived')).toBe('true'));
  });

  it('lets managers install the starters the library lacks and says what happened', async () => {
    const requests = renderSection('manager', {
      [`POST ${BASE}/scenario-starters`]: {
        body: { installed: ['starter-a', 'starter-b'], alreadyPresent: ['starter-price-pushback'], skipped: [] },
      },
    });

    const missing = STARTER_SCENARIOS.length - 1;
    expect(await screen.findByText(`${missing} starter scenarios are not in this library yet.`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Install starter scenarios' }));

    expect(await screen.findByText('2 starter scenarios installed; 1 already in the library.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([`${BASE}/scenario-starters`]);
  });

  it('hides the starters offer once every starter is in the library', async () => {
    const all = STARTER_SCENARIOS.map((s) =>
      buildScenarioSummary({ id: `starter-${s.key}`, source: { kind: 'starter', key: s.key } }),
    );
    renderSection('manager', { [`GET ${BASE}/scenarios`]: { body: { items: all } } });

    await screen.findByRole('list', { name: 'Scenarios' });
    expect(screen.queryByRole('button', { name: 'Install starter scenarios' })).not.toBeInTheDocument();
  });

  it('opens a scenario and comes back to the same filtered library', async () => {
    renderSection('rep', {
      [`GET ${BASE}/scenarios/s-fabrikam`]: { body: buildScenario({ ...lostDeal, objections: null, canEdit: false }) },
    });
    await screen.findByRole('list', { name: 'Scenarios' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'advanced');

    await userEvent.click(screen.getByRole('button', { name: 'Fabrikam walked away over onboarding' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Fabrikam walked away over onboarding' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit scenario' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the library' }));

    expect(await screen.findByRole('combobox', { name: 'Difficulty' })).toHaveValue('advanced');
  });

  it('lists the team’s role-plays with scenario, rep, customer, status and date, and no scores', async () => {
    renderSection('rep', {
      [`GET ${BASE}/roleplays`]: {
        body: {
          items: [
            buildRoleplaySummary(),
            buildRoleplaySummary({
              id: 'rp-2',
              status: 'running',
              playedAt: null,
              createdAt: '2026-03-12T09:00:00.000Z',
            }),
          ],
        },
      },
    });

    const list = await screen.findByRole('list', { name: 'Role-plays in this team' });
    const [done, live] = within(list).getAllByRole('listitem');
    expect(done).toHaveTextContent('Price pushback');
    expect(done).toHaveTextContent('Rep: Alex Wilber · Customer: Megan Bowen');
    expect(done).toHaveTextContent('Done');
    expect(done).toHaveTextContent('Mar 10, 2026');
    expect(live).toHaveTextContent('In progress');
    expect(live).toHaveTextContent('Mar 12, 2026');
    expect(list).not.toHaveTextContent(/score|rating|\/4/i);
  });
});
