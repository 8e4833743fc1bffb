import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import ScenarioLinkedView from './ScenarioLinkedView';
import { buildCompetencies, buildScenario } from './testFactories';

const ROUTES = {
  [`GET /api/spaces/${SPACE_ID}/scenarios/starter-price-pushback`]: { body: buildScenario() },
  [`GET /api/spaces/${SPACE_ID}/competencies`]: { body: buildCompetencies() },
};

describe('ScenarioLinkedView', () => {
  it.each(['stage', 'panel'] as const)(
    'shows the public side on the %s and never the objections, even to a manager who may read them',
    async (density) => {
      stubApi(ROUTES);
      renderWithApp(<ScenarioLinkedView spaceId={SPACE_ID} id="starter-price-pushback" density={density} />);

      expect(await screen.findByRole('heading', { level: 2, name: /Price pushback/ })).toBeInTheDocument();
      expect(screen.getByText('Dana Whitfield, Operations Director at Wingtip Toys')).toBeInTheDocument();
      expect(screen.getByText(/Wingtip Toys ran a three-week trial/)).toBeInTheDocument();
      expect(screen.getByText('Practises Objection handling · 7 min rounds')).toBeInTheDocument();
      expect(screen.getByText('Foundation')).toBeInTheDocument();
      const criteria = screen.getByRole('list', { name: 'What observers score' });
      expect(within(criteria).getByText('Handling price objections')).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent(/Can you match it|another 10%/);
      expect(screen.queryByText('Only you and managers see this')).not.toBeInTheDocument();
    },
  );

  it('explains what each criterion means on the stage', async () => {
    stubApi(ROUTES);
    renderWithApp(<ScenarioLinkedView spaceId={SPACE_ID} id="starter-price-pushback" density="stage" />);

    const criteria = await screen.findByRole('list', { name: 'What observers score' });
    expect(await within(criteria).findByText(/Ends with a specific, dated commitment/)).toBeInTheDocument();
  });
});
