import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import type {
  AgendaResponse,
  CaptureResponse,
  MeetingStateResponse,
  OccurrenceBody,
  OccurrenceResponse,
} from '../src/domain/index.js';
import { api, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildOccurrenceBody } from './occurrence-samples.js';

/**
 * Weekly meetings that follow the Teams series: every occurrence of a recurring Teams meeting shares
 * one meeting id and chat id, and each gets its own sales meeting.
 */

const space = `/api/spaces/${DEMO_SPACE_ID}`;
const users = ['u-megan', 'u-alex', 'u-isaiah'] as const;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

let t: TestHost;
let tok: Record<(typeof users)[number], string>;

beforeAll(async () => {
  t = await startTestHost();
  tok = await tokensFor(t.host, users);
});
afterAll(async () => {
  await t.close();
});

/** An occurrence start `weeks` from the next hour (the future: Teams reports it as the occurrence's). */
const startIn = (weeks: number): string =>
  new Date(Math.ceil(Date.now() / HOUR) * HOUR + HOUR + weeks * WEEK).toISOString();
const details = (weeks: number, type = 'Recurring') => {
  const start = startIn(weeks);
  return {
    scheduledStart: start,
    scheduledEnd: new Date(Date.parse(start) + 45 * 60_000).toISOString(),
    title: 'Weekly sales',
    type,
  };
};

async function open(body: OccurrenceBody, token = tok['u-alex']): Promise<OccurrenceResponse> {
  const res = await api(t.host, 'POST', `${space}/meeting-occurrences`, { token, body });
  expect(res.status, res.text).toBe(200);
  return res.json as OccurrenceResponse;
}

async function setup(body: OccurrenceBody, token = tok['u-megan']): Promise<OccurrenceResponse> {
  const res = await api(t.host, 'POST', `${space}/meeting-occurrences/setup`, {
    token,
    body: {
      ...body,
      title: 'Weekly sales',
      scheduledStart: body.details?.scheduledStart ?? startIn(0),
      lengthMinutes: 45,
    },
  });
  expect(res.status, res.text).toBe(200);
  return res.json as OccurrenceResponse;
}

const agenda = async (meetingId: string): Promise<AgendaResponse> =>
  (await api(t.host, 'GET', `${space}/meetings/${meetingId}`, { token: tok['u-megan'] })).json as AgendaResponse;

async function addItem(meetingId: string, title: string): Promise<void> {
  const res = await api(t.host, 'POST', `${space}/meetings/${meetingId}/items`, {
    token: tok['u-megan'],
    body: { title, kind: 'accountStrategy', timeboxMinutes: 10 },
  });
  expect(res.status, res.text).toBe(201);
}

async function capture(meetingId: string, text: string, kind: 'action' | 'decision' = 'action') {
  const res = await api(t.host, 'POST', `${space}/meetings/${meetingId}/captures`, {
    token: tok['u-megan'],
    body: kind === 'action' ? { kind, text, ownerId: 'u-alex' } : { kind, text },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as CaptureResponse;
}

/** Starts and ends a meeting, as its manager does. */
async function hold(meetingId: string): Promise<void> {
  const url = `${space}/meetings/${meetingId}/state`;
  let state = (await api(t.host, 'GET', url, { token: tok['u-megan'] })).json as MeetingStateResponse;
  for (const action of ['start', 'end']) {
    const res = await api(t.host, 'POST', url, {
      token: tok['u-megan'],
      body: { action },
      headers: { 'if-match': state.etag },
    });
    expect(res.status, res.text).toBe(200);
    state = res.json as MeetingStateResponse;
  }
}

describe('a weekly Teams series (one meeting id and chat id for every occurrence)', () => {
  it('gives each occurrence its own meeting, starting from last week’s draft, carrying open actions', async () => {
    const series = buildOccurrenceBody();
    const week1 = { ...series, details: details(0) };

    // The series' first occurrence has nothing to start from: a planner sets it up.
    expect((await open(week1)).meeting).toBeNull();
    const first = await setup(week1);
    const firstId = first.meeting?.id ?? '';
    expect(first.meeting).toMatchObject({ teamsMeetingId: series.teamsMeetingId, status: 'draft' });
    await addItem(firstId, 'Fabrikam renewal');
    expect((await open(week1)).meeting?.id).toBe(firstId);

    await hold(firstId);
    const open1 = await capture(firstId, 'Send Contoso the revised quote');
    const done1 = await capture(firstId, 'Book the demo room');
    await capture(firstId, 'We pilot the bundle', 'decision');
    const tick = await api(t.host, 'PATCH', `${space}/captures/${done1.id}`, {
      token: tok['u-alex'],
      body: { done: true },
    });
    expect(tick.status).toBe(200);

    // After the meeting, "start next week" drafts the next agenda in the meeting's chat.
    const next = await api(t.host, 'POST', `${space}/meetings/${firstId}/next-week`, { token: tok['u-megan'] });
    expect(next.status, next.text).toBe(201);
    const draftId = (next.json as AgendaResponse).meeting.id;
    await addItem(draftId, 'Role-play the price objection');

    // Week 2: same Teams meeting id and chat id, another scheduled start. A rep opens it first.
    const week2 = { ...series, details: details(1), localDate: '2026-12-10' };
    const second = await open(week2);
    expect(second.meeting?.id).toBe(draftId);
    expect(second.meeting).toMatchObject({
      teamsMeetingId: series.teamsMeetingId,
      scheduledStart: week2.details.scheduledStart,
      status: 'draft',
    });
    expect(second.occurrence).toEqual({
      key: `start:${week2.details.scheduledStart}`,
      start: week2.details.scheduledStart,
    });
    expect(second.carriedActions.map((a) => a.id)).toEqual([open1.id]);
    expect((await agenda(draftId)).items.map((i) => i.title)).toEqual([
      'Fabrikam renewal',
      'Role-play the price objection',
    ]);
    // Week 1 is still week 1, and week 2 opens the same meeting every time.
    expect((await open(week1)).meeting?.id).toBe(firstId);
    expect((await open(week2, tok['u-megan'])).meeting?.id).toBe(draftId);

    // Week 3 without a draft: a copy of week 2's agenda, with what is still open carried on.
    await hold(draftId);
    const open2 = await capture(draftId, 'Call Northwind legal');
    const week3 = { ...series, details: details(2), localDate: '2026-12-17' };
    const third = await open(week3);
    const thirdId = third.meeting?.id ?? '';
    expect([firstId, draftId]).not.toContain(thirdId);
    expect(third.meeting).toMatchObject({ status: 'draft', lengthMinutes: 45, title: 'Weekly sales' });
    expect(third.carriedActions.map((a) => a.id).sort()).toEqual([open1.id, open2.id].sort());
    expect((await agenda(thirdId)).items.map((i) => i.title)).toEqual([
      'Fabrikam renewal',
      'Role-play the price objection',
    ]);

    // A carried action keeps one identity: done in week 3, it is done everywhere and is not carried further.
    await api(t.host, 'PATCH', `${space}/captures/${open1.id}`, { token: tok['u-alex'], body: { done: true } });
    expect((await open(week3)).carriedActions.find((a) => a.id === open1.id)?.done).toBe(true);
    await hold(thirdId);
    const fourth = await open({ ...series, details: details(3), localDate: '2026-12-24' });
    expect(fourth.carriedActions.map((a) => a.id)).toEqual([open2.id]);

    // The series' meetings are four, one per occurrence.
    const list = await api(
      t.host,
      'GET',
      `${space}/meetings?teamsMeetingId=${encodeURIComponent(series.teamsMeetingId)}`,
      {
        token: tok['u-megan'],
      },
    );
    expect((list.json as { items: unknown[] }).items).toHaveLength(4);
  });

  it('tells occurrences apart by date when the host gives no details, or only the series’ first start', async () => {
    const series = buildOccurrenceBody();
    const seriesStart = new Date(Date.now() - 10 * WEEK).toISOString();
    const monday = { ...series, localDate: '2026-11-30' };
    const first = await setup(monday);
    await addItem(first.meeting?.id ?? '', 'Pipeline review');
    await hold(first.meeting?.id ?? '');
    // Teams reporting the series' first start (weeks ago) cannot be this occurrence: the date decides.
    const later = await open({
      ...series,
      localDate: '2026-12-07',
      details: { scheduledStart: seriesStart, type: 'Recurring' },
    });
    expect(later.occurrence).toEqual({ key: 'date:2026-12-07', start: null });
    expect(later.meeting?.id).not.toBe(first.meeting?.id);
    // Same date, no details: the same occurrence.
    expect((await open({ ...series, localDate: '2026-12-07' })).meeting?.id).toBe(later.meeting?.id);
    // Its start keeps the series' time of day on the new date.
    expect(later.meeting?.scheduledStart.slice(0, 10)).toBe('2026-12-07');
  });
});

describe('a one-off Teams meeting', () => {
  it('opens afresh, not on a missing meeting, after its draft was deleted', async () => {
    const meeting = { ...buildOccurrenceBody(), details: details(0, 'Scheduled') };
    const created = await setup(meeting);
    const id = created.meeting?.id ?? '';
    const deleted = await api(t.host, 'DELETE', `${space}/meetings/${id}`, {
      token: tok['u-megan'],
      headers: { 'if-match': (await agenda(id)).meeting.etag },
    });
    expect(deleted.status, deleted.text).toBe(204);
    // The occurrence no longer points at the deleted draft: it has no agenda until a planner sets one up.
    expect((await open(meeting)).meeting).toBeNull();
    expect((await setup(meeting)).meeting?.id).toBeDefined();
  });

  it('keeps one agenda whenever and however it is opened', async () => {
    const meeting = { ...buildOccurrenceBody(), details: details(0, 'Scheduled') };
    expect((await open(meeting)).meeting).toBeNull();
    const created = await setup(meeting);
    const id = created.meeting?.id;
    expect(id).toBeDefined();
    // Prepared days before, opened on the day, with or without details: the same agenda.
    expect((await open({ ...meeting, localDate: '2026-12-09' })).meeting?.id).toBe(id);
    const { details: _none, ...withoutDetails } = meeting;
    expect((await open({ ...withoutDetails, localDate: '2026-12-11' })).meeting?.id).toBe(id);
    // A second set-up answers the agenda that exists.
    expect((await setup(meeting)).meeting?.id).toBe(id);
  });

  it('takes over an agenda set up before occurrences were told apart', async () => {
    const body = buildOccurrenceBody();
    const legacy = await api(t.host, 'POST', `${space}/meetings`, {
      token: tok['u-megan'],
      body: {
        title: 'Pipeline review',
        scheduledStart: startIn(0),
        lengthMinutes: 30,
        teamsMeetingId: body.teamsMeetingId,
        chatId: body.chatId,
      },
    });
    expect(legacy.status).toBe(201);
    const opened = await open({ ...body, details: details(0, 'Scheduled') });
    expect(opened.meeting?.id).toBe((legacy.json as AgendaResponse).meeting.id);
  });
});

describe('the read-only view for attendees who are not members', () => {
  it('shows a guest the agenda lines and the current item, and nothing of an unknown occurrence', async () => {
    const users2 = await tokensFor(t.host, ['u-adele', 'u-fiona']);
    const body = { ...buildOccurrenceBody(), details: details(0, 'Scheduled') };
    const view = (token: string, request: OccurrenceBody = body) =>
      api(t.host, 'POST', `${space}/meeting-occurrences/view`, { token, body: request });
    // Nothing set up yet: 404, as for a space that does not exist.
    expect((await view(users2['u-adele'])).status).toBe(404);

    const meetingId = (await setup(body)).meeting?.id ?? '';
    await addItem(meetingId, 'Fabrikam renewal');
    const guest = await view(users2['u-adele']);
    expect(guest.status, guest.text).toBe(200);
    expect(guest.json).toEqual({
      spaceName: 'Northwind Sales',
      meeting: { title: 'Weekly sales', scheduledStart: body.details.scheduledStart, status: 'draft' },
      agenda: [{ id: expect.any(String) as string, title: 'Fabrikam renewal' }],
      currentItemId: null,
    });
    // While it runs, the item being discussed.
    const url = `${space}/meetings/${meetingId}/state`;
    const idle = (await api(t.host, 'GET', url, { token: tok['u-megan'] })).json as MeetingStateResponse;
    const started = await api(t.host, 'POST', url, {
      token: tok['u-megan'],
      body: { action: 'start' },
      headers: { 'if-match': idle.etag },
    });
    const running = (await view(users2['u-adele'])).json as { currentItemId: string; agenda: { id: string }[] };
    expect(running.currentItemId).toBe((started.json as MeetingStateResponse).current?.itemId);
    expect(running.agenda[0]?.id).toBe(running.currentItemId);
    // A guest's view never creates an occurrence.
    expect((await view(users2['u-adele'], { ...body, details: details(1, 'Scheduled') })).status).toBe(404);
    expect((await open({ ...body, details: details(1, 'Scheduled') })).meeting?.id).not.toBe(meetingId);
    // Another tenant's user cannot address the space at all; no token, no view.
    expect((await view(users2['u-fiona'])).status).toBe(404);
    expect((await api(t.host, 'POST', `${space}/meeting-occurrences/view`, { body })).status).toBe(401);
  });
});

describe('who may open and set up an occurrence', () => {
  it('lets any member open (and so create from the series) but only planners set up the first', async () => {
    const body = buildOccurrenceBody();
    expect((await open(body, tok['u-isaiah'])).meeting).toBeNull();
    const refused = await api(t.host, 'POST', `${space}/meeting-occurrences/setup`, {
      token: tok['u-isaiah'],
      body: { ...body, title: 'Weekly sales', scheduledStart: startIn(0), lengthMinutes: 45 },
    });
    expect(refused.status).toBe(403);
    expect((await open(body, tok['u-isaiah'])).meeting).toBeNull();
  });
});
