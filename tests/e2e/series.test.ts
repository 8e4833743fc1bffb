import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, runAxe, startHarness, waitForSettledPage, type Harness } from './harness.js';

/*
 * A weekly Teams meeting: every occurrence shares one meeting id and chat id, and the host's
 * meeting.getMeetingDetails tells them apart by their scheduled start. Last week's occurrence was
 * held and left an action open; this week's side panel and details tab open with it.
 */

const SERIES = {
  teamsMeetingId: 'MCMxOTptZWV0aW5nX3Nlcmllcy1lMmVAdGhyZWFkLnYyIzA=',
  chatId: '19:meeting_series-e2e@thread.v2',
};
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
/** Last week's occurrence is in the future too, so that Teams would report it as the occurrence's start. */
const week1 = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 2 * HOUR).toISOString();
const week2 = new Date(Date.parse(week1) + WEEK).toISOString();

let harness: Harness;

interface Occurrence {
  meeting: { id: string } | null;
}

beforeAll(async () => {
  harness = await startHarness();
  const base = `spaces/${DEMO.spaceId}`;
  const setup = await harness.api<Occurrence>('u-megan', 'POST', `${base}/meeting-occurrences/setup`, {
    ...SERIES,
    details: { scheduledStart: week1, type: 'Recurring' },
    localDate: week1.slice(0, 10),
    title: 'Weekly pipeline',
    scheduledStart: week1,
    lengthMinutes: 45,
  });
  expect(setup.status).toBe(200);
  const meetingId = setup.body.meeting?.id ?? '';
  const item = await harness.api('u-megan', 'POST', `${base}/meetings/${meetingId}/items`, {
    title: 'Fabrikam renewal: next step',
    kind: 'accountStrategy',
    timeboxMinutes: 15,
  });
  expect(item.status).toBe(201);
  const state = await harness.api<{ etag: string }>('u-megan', 'GET', `${base}/meetings/${meetingId}/state`);
  const running = await run(`${base}/meetings/${meetingId}/state`, 'start', state.body.etag);
  const action = await harness.api('u-megan', 'POST', `${base}/meetings/${meetingId}/captures`, {
    kind: 'action',
    text: 'Send Contoso the revised quote',
    ownerId: 'u-alex',
  });
  expect(action.status).toBe(201);
  await run(`${base}/meetings/${meetingId}/state`, 'end', running);
});

afterAll(async () => {
  await harness?.close();
});

/** A run move as the manager (it needs If-Match, which the harness's api helper does not send); the new etag. */
async function run(path: string, action: 'start' | 'end', etag: string): Promise<string> {
  const tokenResponse = await fetch(`${harness.baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'u-megan' }),
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const res = await fetch(`${harness.baseUrl}/api/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify({ action }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { etag: string }).etag;
}

describe('a weekly meeting that follows the Teams series', () => {
  it('opens its second occurrence with last week’s open actions and agenda', async () => {
    const panel = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-alex',
      meetingId: SERIES.teamsMeetingId,
      chatId: SERIES.chatId,
      meetingStart: week2,
    });
    await panel.tab.getByRole('heading', { name: 'Still open from last time' }).waitFor();
    await panel.tab.getByText('Send Contoso the revised quote').waitFor();
    const detailsCalls = (await panel.calls()).filter((c) => c.func === 'meeting.getMeetingDetails');
    expect(detailsCalls.length).toBeGreaterThan(0);

    // The details tab of the same occurrence: the same meeting, last week's agenda as this week's draft.
    const details = await harness.openSurface({
      surface: 'details',
      user: 'u-megan',
      meetingId: SERIES.teamsMeetingId,
      chatId: SERIES.chatId,
      meetingStart: week2,
    });
    await details.tab.getByText('Fabrikam renewal: next step').first().waitFor();
    await details.tab.getByText('Send Contoso the revised quote').waitFor();
    await waitForSettledPage(details.tab);
    expect(formatViolations(await runAxe(details.tab))).toBe('');
    expect(details.errors()).toEqual([]);

    // One meeting per occurrence: week 1 and week 2 of the series.
    const list = await harness.api<{ items: { scheduledStart: string; status: string }[] }>(
      'u-megan',
      'GET',
      `spaces/${DEMO.spaceId}/meetings?teamsMeetingId=${encodeURIComponent(SERIES.teamsMeetingId)}`,
    );
    expect(list.body.items.map((m) => [m.scheduledStart, m.status])).toEqual([
      [week2, 'draft'],
      [week1, 'ended'],
    ]);
  });
});
