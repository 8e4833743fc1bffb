import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildProblem, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { ScenarioDetail } from './ScenarioDetail';
import { buildCompetencies, buildScenario } from './testFactories';

const ONE = `/api/spaces/${SPACE_ID}/scenarios/starter-price-pushback`;
const COMPETENCIES = { body: buildCompetencies() };

function renderDetail() {
  const onEdit = vi.fn();
  renderWithApp(
    <ScenarioDetail spaceId={SPACE_ID} scenarioId="starter-price-pushback" onBack={vi.fn()} onEdit={onEdit} />,
  );
  return onEdit;
}

describe('ScenarioDetail', () => {
  it('shows the customer, the situation and each criterion with what it means in this team', async () => {
    stubApi({ [`GET ${ONE}`]: { body: buildScenario() }, [`GET /api/spaces/${SPACE_ID}/competencies`]: COMPETENCIES });
    renderDetail();

    expect(await screen.findByRole('heading', { level: 2, name: /Price pushback/ })).toBeInTheDocument();
    expect(screen.getByText('Dana Whitfield, Operations Director at Wingtip Toys')).toBeInTheDocument();
    expect(screen.getByText('Mood: Friendly but firm')).toBeInTheDocument();
    expect(screen.getByText('Going live before the holiday peak')).toBeInTheDocument();
    const criteria = screen.getByRole('list', { name: 'What observers score' });
    expect(
      await within(criteria).findByText(/Explores what sits behind a price objection and defends value/),
    ).toBeInTheDocument();
    expect(within(criteria).getByText('Next-step close')).toBeInTheDocument();
  });

  it('shows the objections to their editors under a heading that says who sees them', async () => {
    stubApi({ [`GET ${ONE}`]: { body: buildScenario() }, [`GET /api/spaces/${SPACE_ID}/competencies`]: COMPETENCIES });
    renderDetail();

    const heading = await screen.findByRole('heading', { name: 'Only you and managers see this' });
    expect(heading).toBeInTheDocument();
    const objections = screen.getByRole('list', { name: 'Objections and curveballs' });
    expect(within(objections).getAllByRole('listitem')).toHaveLength(2);
    expect(objections).toHaveTextContent('then ask for another 10%');
    expect(screen.getByRole('button', { name: 'Edit scenario' })).toBeInTheDocument();
  });

  it('shows no objections and no edit actions when the API withholds them', async () => {
    stubApi({
      [`GET ${ONE}`]: { body: buildScenario({ objections: null, canEdit: false }) },
      [`GET /api/spaces/${SPACE_ID}/competencies`]: COMPETENCIES,
    });
    renderDetail();

    await screen.findByRole('heading', { level: 2, name: /Price pushback/ });
    expect(screen.queryByRole('heading', { name: 'Only you and managers see this' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Objections and curveballs' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit scenario' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive scenario' })).not.toBeInTheDocument();
  });

  it('archives with the version shown and says so', async () => {
    const requests = stubApi({
      [`GET ${ONE}`]: { body: buildScenario() },
      [`PATCH ${ONE}`]: { body: buildScenario({ archived: true, etag: '"s2"' }) },
      [`GET /api/spaces/${SPACE_ID}/competencies`]: COMPETENCIES,
    });
    renderDetail();

    await userEvent.click(await screen.findByRole('button', { name: 'Archive scenario' }));

    expect(await screen.findByText(/Scenario archived\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore scenario' })).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ archived: true });
    expect(patch?.headers.get('if-match')).toBe('"s1"');
  });

  it('asks to reload when someone else changed the scenario first', async () => {
    let version = 1;
    stubApi({
      [`GET ${ONE}`]: () => ({ body: buildScenario({ title: `Price pushback v${version}`, etag: `"s${version}"` }) }),
      [`PATCH ${ONE}`]: () => {
        version = 2;
        return { status: 412, body: buildProblem(412, 'precondition_failed') };
      },
      [`GET /api/spaces/${SPACE_ID}/competencies`]: COMPETENCIES,
    });
    renderDetail();

    await userEvent.click(await screen.findByRole('button', { name: 'Archive scenario' }));
    expect(await screen.findByText(/Someone else changed this scenario/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Price pushback v2' })).toBeInTheDocument();
    expect(screen.queryByText(/Someone else changed this scenario/)).not.toBeInTheDocument();
  });
});
