import { DEFAULT_COMPETENCIES, type ObservationResponse } from '@coachboard/api/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { FeedbackForm } from './FeedbackForm';

function buildObservation(overrides: Partial<ObservationResponse> = {}): ObservationResponse {
  return {
    id: 'o-1',
    spaceId: SPACE_ID,
    repId: 'u-alex',
    repName: 'Alex Wilber',
    observerId: 'u-megan',
    observerName: 'Megan Bowen',
    channel: 'teamsCall',
    date: '2026-12-03',
    minutes: 25,
    boardId: null,
    competencies: ['nextStepClose'],
    status: 'awaitingFeedback',
    notes: [],
    selfAssessment: { skipped: true, ratings: [], reflection: '', at: '2026-12-03T10:00:00Z' },
    feedback: null,
    acknowledgement: null,
    createdAt: '2026-12-03T09:00:00Z',
    ...overrides,
  };
}

const FEEDBACK = `PUT /api/spaces/${SPACE_ID}/observations/o-1/feedback`;

describe('FeedbackForm', () => {
  it('refuses to share without a strength and a development point, and flags judgmental words', async () => {
    const requests = stubApi({ [FEEDBACK]: { body: buildObservation() } });
    renderWithApp(
      <FeedbackForm spaceId={SPACE_ID} observation={buildObservation()} competencies={DEFAULT_COMPETENCIES} />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Share feedback' }));
    expect(await screen.findByText(/Name at least one strength/)).toBeInTheDocument();
    expect(screen.getByText(/Name at least one development point/)).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: /A strength you observed/ }),
      'Asked for a dated next step before hanging up.',
    );
    await userEvent.type(screen.getByRole('textbox', { name: /A development point/ }), 'The close was sloppy.');
    await userEvent.click(screen.getByRole('button', { name: 'Share feedback' }));
    expect(await screen.findByText(/“sloppy” judges rather than describes/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);

    const development = screen.getByRole('textbox', { name: /A development point/ });
    await userEvent.clear(development);
    await userEvent.type(development, 'Ask who else decides before agreeing the date.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Next-step close/ }), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Share feedback' }));
    await expect
      .poll(() => requests.find((r) => r.method === 'PUT')?.body)
      .toEqual({
        strengths: ['Asked for a dated next step before hanging up.'],
        developments: ['Ask who else decides before agreeing the date.'],
        ratings: [{ competency: 'nextStepClose', rating: 3 }],
        share: true,
      });
  });
});
