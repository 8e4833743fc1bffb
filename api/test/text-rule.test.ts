import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import type { AgendaResponse, CaptureResponse, ProblemResponse } from '../src/domain/index.js';
import { api, startTestHost, tokenFor, type ApiResponse, type TestHost } from './helpers.js';

/**
 * One text rule for every capability: text people type never carries control characters (NUL,
 * BEL, ESC, DEL, C1); line breaks and tabs only where text may span lines. Meetings used to accept
 * them where practices, boards and role-plays refused them.
 */

const base = `/api/spaces/${DEMO_SPACE_ID}/meetings`;
const CONTROL = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
] as const;

let t: TestHost;
let token: string;

beforeAll(async () => {
  t = await startTestHost();
  token = await tokenFor(t.host, 'u-megan');
});
afterAll(async () => {
  await t.close();
});

/** Sends one request and returns its answer and the number of writes the store accepted meanwhile. */
async function send(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const before = t.writes.length;
  const res = await api(t.host, method, path, { token, body, headers });
  return { res, writes: t.writes.length - before };
}

function expectRefused(res: ApiResponse, field: string): void {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = res.json as ProblemResponse;
  expect(problem.code).toBe('validation_failed');
  expect(problem.issues?.map((i) => i.field)).toContain(field);
  expect(problem.issues?.find((i) => i.field === field)?.message).toMatch(/control characters/);
}

const meetingBody = (overrides: object = {}) => ({
  title: 'Weekly sales meeting',
  scheduledStart: '2026-12-01T09:00:00Z',
  lengthMinutes: 60,
  ...overrides,
});

async function createMeeting(): Promise<AgendaResponse> {
  const { res } = await send('POST', base, meetingBody());
  expect(res.status).toBe(201);
  return res.json as AgendaResponse;
}

describe('meeting text follows the one text rule', () => {
  it.each(CONTROL)('refuses a meeting title with %s and stores nothing', async (_name, c) => {
    const { res, writes } = await send('POST', base, meetingBody({ title: `Weekly${c} sales` }));
    expectRefused(res, 'body.title');
    expect(writes).toBe(0);
  });

  it('refuses a NUL in teamsMeetingId, in the body and in the lookup query', async () => {
    const created = await send('POST', base, meetingBody({ teamsMeetingId: 'MCMxOTptZWV0aW5n\u0000' }));
    expectRefused(created.res, 'body.teamsMeetingId');
    expect(created.writes).toBe(0);

    const lookup = await send('GET', `${base}?teamsMeetingId=${encodeURIComponent('abc\u0000')}`);
    expectRefused(lookup.res, 'query.teamsMeetingId');
  });

  it('refuses a control character when a title is renamed, and keeps the title', async () => {
    const agenda = await createMeeting();
    const { res, writes } = await send(
      'PATCH',
      `${base}/${agenda.meeting.id}`,
      { title: 'Renamed\u0000' },
      { 'if-match': agenda.meeting.etag },
    );
    expectRefused(res, 'body.title');
    expect(writes).toBe(0);
    const after = await send('GET', `${base}/${agenda.meeting.id}`);
    expect((after.res.json as AgendaResponse).meeting.title).toBe('Weekly sales meeting');
  });

  it('keeps line breaks and tabs in agenda notes, and refuses other control characters there', async () => {
    const agenda = await createMeeting();
    const items = `${base}/${agenda.meeting.id}/items`;
    const item = { title: 'Role-play: price pushback', kind: 'rolePlay', timeboxMinutes: 20 };

    const refused = await send('POST', items, { ...item, notes: 'Bring the numbers\u0007' });
    expectRefused(refused.res, 'body.notes');
    expect(refused.writes).toBe(0);

    const notes = 'Bring:\n\t- the price sheet\r\n\t- last quarter’s discounts';
    const accepted = await send('POST', items, { ...item, notes });
    expect(accepted.res.status).toBe(201);
    expect((accepted.res.json as AgendaResponse).items.at(-1)?.notes).toBe(notes);
  });

  it('refuses a control character in a captured decision, and keeps a multi-line one', async () => {
    const agenda = await createMeeting();
    const captures = `${base}/${agenda.meeting.id}/captures`;

    const refused = await send('POST', captures, { kind: 'decision', text: 'Drop the\u0000 discount' });
    expectRefused(refused.res, 'body.text');
    expect(refused.writes).toBe(0);

    const accepted = await send('POST', captures, { kind: 'decision', text: 'Drop the discount:\nfrom Q1 on' });
    expect(accepted.res.status).toBe(201);
    expect((accepted.res.json as CaptureResponse).text).toBe('Drop the discount:\nfrom Q1 on');
  });
});

describe('the other capabilities keep the same rule', () => {
  it('refuses a space name and a board name with NUL, each naming its field', async () => {
    const rename = await send('PATCH', `/api/spaces/${DEMO_SPACE_ID}`, { name: 'Sales\u0000' }, { 'if-match': '*' });
    expectRefused(rename.res, 'body.name');
    expect(rename.writes).toBe(0);

    const board = await send('POST', `/api/spaces/${DEMO_SPACE_ID}/boards`, { name: 'Fabrikam\u0000' });
    expectRefused(board.res, 'body.name');
    expect(board.writes).toBe(0);
  });
});
