import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { buildScenarioSummary } from '../roleplays/testing';
import { LinkTargetField } from './LinkTargetField';

describe('LinkTargetField', () => {
  it('offers the space’s scenarios by title for a role-play link', async () => {
    stubApi({
      [`GET /api/spaces/${SPACE_ID}/scenarios`]: {
        body: {
          items: [
            buildScenarioSummary(),
            buildScenarioSummary({ id: 's-renewal', title: 'Renewal at risk after two outages' }),
          ],
        },
      },
    });
    const onChange = vi.fn();
    renderWithApp(<LinkTargetField spaceId={SPACE_ID} kind="scenario" value="" onChange={onChange} />);

    const select = await screen.findByRole('combobox', { name: 'Linked to' });
    await userEvent.selectOptions(select, 'Renewal at risk after two outages');

    expect(onChange).toHaveBeenCalledWith('s-renewal');
  });
});
