import type { BoardListResponse, OpportunityResponse } from '@coachboard/api/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { opportunityMessages } from '../../i18n/en.opportunities';
import { withMessages } from '../../i18n/withMessages';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LogOpportunityForm } from './LogOpportunityForm';

const Form = withMessages(opportunityMessages)(LogOpportunityForm);

const BOARDS: BoardListResponse = {
  items: [
    {
      id: 'b-1',
      name: 'Contoso Pharmaceuticals',
      segment: '',
      ownerId: 'u-alex',
      ownerName: 'Alex Wilber',
      value: 0,
      currency: 'EUR',
      nextMeetingDate: null,
      salesStage: null,
      buyerStage: null,
      aligned: true,
      warnings: [],
      version: 1,
      lastChange: null,
      archivedAt: null,
      closing: null,
    },
  ],
  stages: [],
};

function buildOpportunity(overrides: Partial<OpportunityResponse> = {}): OpportunityResponse {
  return {
    id: 'o-1',
    spaceId: SPACE_ID,
    spaceName: 'Northwind Sales',
    customerName: 'Contoso Pharmaceuticals',
    boardId: 'b-1',
    noticed: 'x',
    whyItMatters: '',
    urgency: 'soon',
    contact: '',
    contributorId: 'u-isaiah',
    contributorName: 'Isaiah Langer',
    assigneeId: 'u-alex',
    assigneeName: 'Alex Wilber',
    status: 'new',
    statusNote: '',
    convertedBoardId: null,
    credits: [],
    createdAt: '2026-12-05T09:00:00Z',
    updatedAt: '2026-12-05T09:00:00Z',
    ...overrides,
  };
}

const CREATE = `POST /api/spaces/${SPACE_ID}/opportunities`;

describe('LogOpportunityForm', () => {
  it('sends the typed name when no board is picked, or the picked account board, and says where it went', async () => {
    const requests = stubApi({
      [`GET /api/spaces/${SPACE_ID}/boards`]: { body: BOARDS },
      [CREATE]: {
        status: 201,
        body: buildOpportunity({ boardId: null, customerName: 'Tailspin Toys', assigneeId: null, assigneeName: null }),
      },
    });
    renderWithApp(<Form spaces={[{ id: SPACE_ID, name: 'Northwind Sales' }]} />);
    const submit = screen.getByRole('button', { name: 'Pass it on' });
    expect(submit).toBeDisabled();

    await userEvent.type(screen.getByRole('textbox', { name: /Customer’s name/ }), 'Tailspin Toys');
    await userEvent.type(screen.getByRole('textbox', { name: /What did they say/ }), 'Their contract ends in March.');
    await userEvent.click(screen.getByRole('radio', { name: 'Urgent' }));
    await userEvent.click(submit);
    await expect
      .poll(() => requests.find((r) => r.method === 'POST')?.body)
      .toEqual({
        customerName: 'Tailspin Toys',
        noticed: 'Their contract ends in March.',
        whyItMatters: '',
        urgency: 'urgent',
        contact: '',
      });
    expect(await screen.findByText('Passed on to the team’s managers, who will assign it.')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Contoso Pharmaceuticals' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Customer/ }), 'b-1');
    expect(screen.queryByRole('textbox', { name: /Customer’s name/ })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /What did they say/ }), 'More seats for Basel.');
    await userEvent.click(screen.getByRole('button', { name: 'Pass it on' }));
    await expect
      .poll(() => requests.filter((r) => r.method === 'POST')[1]?.body)
      .toMatchObject({ boardId: 'b-1', noticed: 'More seats for Basel.', urgency: 'soon' });
  });
});
