import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProblem, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RunControls } from './RunControls';
import { buildRunningState, MEETING_ID } from './factories';

const statePath = `/api/spaces/${SPACE_ID}/meetings/${MEETING_ID}/state`;
const running = buildRunningState(1_800_000_000_000);

describe('Moving the agenda from the side panel', () => {
  it('sends Next with the state the manager saw, and explains when someone else moved first', async () => {
    const requests = stubApi({
      [`POST ${statePath}`]: { status: 412, body: buildProblem(412, 'precondition_failed') },
    });
    const user = userEvent.setup();
    renderWithApp(
      <RunControls spaceId={SPACE_ID} meetingId={MEETING_ID} state={running} role="manager" meId="u-megan" />,
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else moved the agenda first.');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ action: 'next' });
    expect(post?.headers.get('if-match')).toBe('"s-2"');
  });

  it('lets the current item’s owner extend it, and shows others who moves the agenda', async () => {
    const requests = stubApi({ [`POST ${statePath}`]: { body: running } });
    const user = userEvent.setup();
    const { unmount } = renderWithApp(
      <RunControls spaceId={SPACE_ID} meetingId={MEETING_ID} state={running} role="rep" meId="u-alex" />,
    );
    await user.click(screen.getByRole('button', { name: '+5 min' }));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ action: 'extend', minutes: 5 });
    expect(screen.queryByRole('button', { name: 'End meeting' })).not.toBeInTheDocument();
    unmount();

    renderWithApp(<RunControls spaceId={SPACE_ID} meetingId={MEETING_ID} state={running} role="rep" meId="u-lynne" />);
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect(screen.getByText('Alex Wilber and the managers move the agenda.')).toBeInTheDocument();
  });
});
