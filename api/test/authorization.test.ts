import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildRoutes } from '../src/http/routes.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { methodOf, pathFor, ROUTE_SAMPLES } from './route-samples.js';

const CALLERS = ['none', 'u-fiona', 'u-adele', 'u-isaiah', 'u-alex', 'u-megan'] as const;
type Caller = (typeof CALLERS)[number];
/** Callers who are not members of the space under test: they must learn nothing about it. */
const OUTSIDERS: readonly Caller[] = ['none', 'u-fiona', 'u-adele'];

/**
 * Expected status per route for: no token, another tenant's user, a non-member of the same tenant,
 * a contributor, a rep, a manager. Outsiders get 404, never 403, so a space's existence does not leak.
 */
const EXPECTED: Record<string, Record<Caller, number>> = {
  'health-get': row(200, 200, 200, 200, 200, 200),
  'me-get': row(401, 200, 200, 200, 200, 200),
  'inbox-list': row(401, 200, 200, 200, 200, 200),
  'inbox-read': row(401, 404, 404, 404, 404, 404),
  'notification-settings-list': row(401, 200, 200, 200, 200, 200),
  'notification-settings-put': row(401, 404, 404, 200, 200, 200),
  'dev-users-list': row(200, 200, 200, 200, 200, 200),
  'dev-token-create': row(201, 201, 201, 201, 201, 201),
  'spaces-list': row(401, 200, 200, 200, 200, 200),
  'spaces-create': row(401, 201, 201, 201, 201, 201),
  'spaces-get': row(401, 404, 404, 200, 200, 200),
  'spaces-rename': row(401, 404, 404, 403, 403, 200),
  'spaces-bind': row(401, 404, 404, 403, 403, 200),
  'spaces-unbind': row(401, 404, 404, 403, 403, 200),
  'spaces-archive': row(401, 404, 404, 403, 403, 200),
  'spaces-restore': row(401, 404, 404, 403, 403, 200),
  'members-list': row(401, 404, 404, 200, 200, 200),
  'members-invite': row(401, 404, 404, 403, 403, 201),
  'members-change-role': row(401, 404, 404, 403, 403, 200),
  'members-remove': row(401, 404, 404, 403, 403, 204),
  'meetings-list': row(401, 404, 404, 200, 200, 200),
  'meetings-create': row(401, 404, 404, 403, 201, 201),
  'meetings-get': row(401, 404, 404, 200, 200, 200),
  'meetings-update': row(401, 404, 404, 403, 200, 200),
  'meetings-delete': row(401, 404, 404, 403, 204, 204),
  'meetings-next-week': row(401, 404, 404, 403, 201, 201),
  'agenda-items-create': row(401, 404, 404, 403, 201, 201),
  'agenda-items-update': row(401, 404, 404, 403, 200, 200),
  'agenda-items-delete': row(401, 404, 404, 403, 200, 200),
  'agenda-items-move': row(401, 404, 404, 403, 200, 200),
  'agenda-items-needs-the-room': row(401, 404, 404, 403, 200, 200),
  'digest-get': row(401, 404, 404, 200, 200, 200),
  'digest-ack': row(401, 404, 404, 200, 200, 200),
  'meeting-state-get': row(401, 404, 404, 200, 200, 200),
  // Only managers and the current item's owner (here nobody) move the agenda.
  'meeting-state-run': row(401, 404, 404, 403, 403, 200),
  'captures-list': row(401, 404, 404, 200, 200, 200),
  'captures-create': row(401, 404, 404, 201, 201, 201),
  // Only the action's owner (the manager here) or a manager completes it.
  'captures-update': row(401, 404, 404, 403, 403, 200),
  // The capture is Megan's: only she (its author) and other managers correct or delete it.
  'captures-edit': row(401, 404, 404, 403, 403, 200),
  'captures-delete': row(401, 404, 404, 403, 403, 204),
  'recap-get': row(401, 404, 404, 200, 200, 200),
  'my-actions-list': row(401, 200, 200, 200, 200, 200),
  // Any member's first open of an occurrence creates it from the series; the first one is set up by planners.
  'meeting-occurrence-open': row(401, 404, 404, 200, 200, 200),
  'meeting-occurrence-setup': row(401, 404, 404, 403, 200, 200),
  // Attendees read it, members or not, when they name a real occurrence; the sample names none.
  'meeting-occurrence-view': row(401, 404, 404, 404, 404, 404),
  'practices-list': row(401, 404, 404, 200, 200, 200),
  // Contributors read and adopt practices; posting is for the people who sell.
  'practices-create': row(401, 404, 404, 403, 201, 201),
  'practice-drafts-check': row(401, 404, 404, 403, 200, 200),
  'practices-get': row(401, 404, 404, 200, 200, 200),
  // The practice is Lynne's: only she and managers edit it.
  'practices-update': row(401, 404, 404, 403, 403, 200),
  'practice-adoptions-create': row(401, 404, 404, 201, 201, 201),
  // Megan, Alex and Isaiah each tried Lynne's practice and take back their own adoption.
  'practice-adoptions-withdraw': row(401, 404, 404, 200, 200, 200),
  // The practice is Lynne's: only she and managers archive it.
  'practice-archived-put': row(401, 404, 404, 403, 403, 200),
  'archived-practices-list': row(401, 404, 404, 200, 200, 200),
  'practice-outcome-put': row(401, 404, 404, 200, 200, 200),
  'practice-proven-put': row(401, 404, 404, 403, 403, 200),
  'practice-discussed-put': row(401, 404, 404, 403, 403, 200),
  'practice-spotlight-get': row(401, 404, 404, 200, 200, 200),
  'practice-agenda-items-create': row(401, 404, 404, 403, 201, 201),
  'practice-spotlights-list': row(401, 404, 404, 200, 200, 200),
  'practice-contributions-list': row(401, 404, 404, 200, 200, 200),
  'skills-get': row(401, 404, 404, 200, 200, 200),
  'skills-update': row(401, 404, 404, 403, 403, 200),
  'my-practice-adoptions-list': row(401, 200, 200, 200, 200, 200),
  'my-practices-list': row(401, 200, 200, 200, 200, 200),
  'boards-list': row(401, 404, 404, 200, 200, 200),
  'boards-create': row(401, 404, 404, 403, 201, 201),
  'boards-get': row(401, 404, 404, 200, 200, 200),
  // The board is Alex's: he and managers archive and restore it.
  'boards-archive': row(401, 404, 404, 403, 200, 200),
  'boards-restore': row(401, 404, 404, 403, 200, 200),
  'board-version-get': row(401, 404, 404, 200, 200, 200),
  // The board is Alex's: he and managers edit its cards; contributors read.
  'board-cards-create': row(401, 404, 404, 403, 201, 201),
  'board-cards-update': row(401, 404, 404, 403, 200, 200),
  'board-cards-delete': row(401, 404, 404, 403, 200, 200),
  'board-cards-restore': row(401, 404, 404, 403, 200, 200),
  'board-card-history-get': row(401, 404, 404, 200, 200, 200),
  'board-stages-get': row(401, 404, 404, 200, 200, 200),
  'board-stages-update': row(401, 404, 404, 403, 403, 200),
  'competencies-get': row(401, 404, 404, 200, 200, 200),
  'competencies-update': row(401, 404, 404, 403, 403, 200),
  'scenarios-list': row(401, 404, 404, 200, 200, 200),
  'scenarios-create': row(401, 404, 404, 403, 201, 201),
  'scenarios-get': row(401, 404, 404, 200, 200, 200),
  // The scenario is Megan's: only its author and managers edit it.
  'scenarios-update': row(401, 404, 404, 403, 403, 200),
  'scenarios-install-starters': row(401, 404, 404, 403, 403, 200),
  'roleplays-list': row(401, 404, 404, 200, 200, 200),
  'roleplays-create': row(401, 404, 404, 403, 201, 201),
  'roleplays-get': row(401, 404, 404, 200, 200, 200),
  // Megan set the role-play up: she and other managers run it, Alex only plays the rep.
  'roleplays-update': row(401, 404, 404, 403, 403, 200),
  'roleplays-delete': row(401, 404, 404, 403, 403, 204),
  'roleplay-state-get': row(401, 404, 404, 200, 200, 200),
  'roleplay-state-run': row(401, 404, 404, 403, 403, 200),
  // Isaiah and Megan observe; Alex is the rep and does not score himself on a scorecard.
  'roleplay-feedback-put': row(401, 404, 404, 201, 403, 201),
  // Only the rep (Alex) self-assesses.
  'roleplay-self-assessments-create': row(401, 404, 404, 403, 201, 403),
  'roleplay-debrief-get': row(401, 404, 404, 200, 200, 200),
  'roleplay-coaching-questions-create': row(401, 404, 404, 403, 403, 201),
  'roleplay-coaching-questions-update': row(401, 404, 404, 403, 403, 200),
  'roleplay-coaching-questions-delete': row(401, 404, 404, 403, 403, 200),
  // Only the rep (Alex) chooses his next step.
  'roleplay-next-step-put': row(401, 404, 404, 403, 200, 403),
  'roleplay-drafts-check': row(401, 404, 404, 200, 200, 200),
  'my-roleplays-list': row(401, 200, 200, 200, 200, 200),
  'observations-list': row(401, 404, 404, 200, 200, 200),
  'observations-create': row(401, 404, 404, 403, 403, 201),
  // The observation is of Alex: only he and the space's managers see it; anyone else learns nothing (404).
  'observations-get': row(401, 404, 404, 404, 200, 200),
  'observation-self-assessment-put': row(401, 404, 404, 404, 200, 403),
  'observation-feedback-put': row(401, 404, 404, 403, 403, 200),
  'observation-acknowledgement-put': row(401, 404, 404, 404, 200, 403),
  'live-observation-get': row(401, 404, 404, 403, 403, 200),
  'live-observation-start': row(401, 404, 404, 403, 403, 201),
  'live-observation-update': row(401, 404, 404, 403, 403, 200),
  'live-observation-stop': row(401, 404, 404, 403, 403, 201),
  'observation-coverage-get': row(401, 404, 404, 200, 200, 200),
  'observation-settings-put': row(401, 404, 404, 403, 403, 200),
  'my-observations-list': row(401, 200, 200, 200, 200, 200),
  // Alex's barrier is private: only he and the managers see it; Isaiah learns nothing (404).
  'barriers-list': row(401, 404, 404, 200, 200, 200),
  'barriers-create': row(401, 404, 404, 201, 201, 201),
  'barriers-get': row(401, 404, 404, 404, 200, 200),
  'barrier-status-put': row(401, 404, 404, 403, 403, 200),
  // Only the raiser (Alex) confirms; the manager sees it but may not.
  'barrier-confirmation-post': row(401, 404, 404, 404, 200, 403),
  'barrier-board-get': row(401, 404, 404, 403, 403, 200),
  'barrier-agenda-items-create': row(401, 404, 404, 403, 403, 201),
  'my-barriers-list': row(401, 200, 200, 200, 200, 200),
  'coaching-sessions-list': row(401, 404, 404, 403, 200, 200),
  'coaching-sessions-create': row(401, 404, 404, 403, 403, 201),
  'coaching-sessions-get': row(401, 404, 404, 403, 200, 200),
  'coaching-sessions-update': row(401, 404, 404, 403, 403, 200),
  // Only the rep writes their plan: the manager of the space gets 403.
  'coaching-plan-put': row(401, 404, 404, 403, 201, 403),
  'coaching-reviews-create': row(401, 404, 404, 403, 201, 201),
  'coaching-reminders-create': row(401, 404, 404, 403, 403, 201),
  'my-coaching-get': row(401, 200, 200, 200, 200, 200),
  'agreements-list': row(401, 404, 404, 200, 200, 200),
  // An agreement is between a manager and a rep: a rep or contributor cannot open one with a rep (400).
  'agreements-create': row(401, 404, 404, 400, 400, 201),
  // Megan's and Alex's agreement: a contributor (or a peer) is told it does not exist.
  'agreements-get': row(401, 404, 404, 404, 200, 200),
  'agreement-draft-put': row(401, 404, 404, 404, 200, 200),
  'agreement-signatures-create': row(401, 404, 404, 404, 201, 201),
  'agreement-outcomes-create': row(401, 404, 404, 404, 201, 201),
  'my-agreements-get': row(401, 200, 200, 200, 200, 200),
  'role-profiles-list': row(401, 404, 404, 403, 403, 200),
  'role-profiles-create': row(401, 404, 404, 403, 403, 201),
  'role-profiles-update': row(401, 404, 404, 403, 403, 200),
  // Members list only the loops they interview on (here none for Isaiah).
  'hiring-loops-list': row(401, 404, 404, 200, 200, 200),
  'hiring-loops-create': row(401, 404, 404, 403, 403, 201),
  // Alex is on the panel; Isaiah is not, so to him the loop does not exist.
  'hiring-loops-get': row(401, 404, 404, 404, 200, 200),
  'hiring-scorecards-submit': row(401, 404, 404, 404, 201, 201),
  'hiring-loops-decide': row(401, 404, 404, 403, 403, 200),
  'hiring-loops-link-hire': row(401, 404, 404, 403, 403, 200),
  'my-scorecards-due': row(401, 200, 200, 200, 200, 200),
  'dev-housekeeping-run': row(200, 200, 200, 200, 200, 200),
  // The board is Alex's: he and managers close and reopen it, and write its review.
  'boards-close': row(401, 404, 404, 403, 200, 200),
  'boards-reopen': row(401, 404, 404, 403, 200, 200),
  // Reviews and their analytics are the space's: every member reads them.
  'winloss-review-get': row(401, 404, 404, 200, 200, 200),
  'winloss-review-put': row(401, 404, 404, 403, 200, 200),
  'winloss-review-final-put': row(401, 404, 404, 403, 403, 200),
  'winloss-review-customer-put': row(401, 404, 404, 403, 200, 200),
  'winloss-taxonomy-get': row(401, 404, 404, 200, 200, 200),
  'winloss-taxonomy-put': row(401, 404, 404, 403, 403, 200),
  'winloss-analytics-get': row(401, 404, 404, 200, 200, 200),
  'winloss-theme-scenario-create': row(401, 404, 404, 403, 403, 201),
  'winloss-theme-value-prop-create': row(401, 404, 404, 403, 201, 201),
  'value-prop-get': row(401, 404, 404, 200, 200, 200),
  'value-prop-put': row(401, 404, 404, 403, 200, 200),
  // Everyone in the space reads lessons and takes checks; only managers write, edit and retire them.
  'lessons-list': row(401, 404, 404, 200, 200, 200),
  'lessons-create': row(401, 404, 404, 403, 403, 201),
  'lessons-get': row(401, 404, 404, 200, 200, 200),
  'lesson-source-get': row(401, 404, 404, 403, 403, 200),
  'lessons-update': row(401, 404, 404, 403, 403, 200),
  'lesson-retired-put': row(401, 404, 404, 403, 403, 200),
  'lesson-attempts-create': row(401, 404, 404, 201, 201, 201),
  'lesson-passes-list': row(401, 404, 404, 200, 200, 200),
  'my-lessons-get': row(401, 200, 200, 200, 200, 200),
  'opportunities-list': row(401, 404, 404, 200, 200, 200),
  'opportunities-create': row(401, 404, 404, 201, 201, 201),
  // Isaiah logged it on Alex's board: he, Alex (its assignee) and the managers read it.
  'opportunities-get': row(401, 404, 404, 200, 200, 200),
  'opportunity-assignee-put': row(401, 404, 404, 403, 403, 200),
  'opportunity-status-put': row(401, 404, 404, 403, 200, 200),
  'opportunity-board-create': row(401, 404, 404, 403, 201, 201),
  'opportunity-credit-approve': row(401, 404, 404, 403, 403, 201),
  'opportunity-credits-get': row(401, 404, 404, 200, 200, 200),
  'opportunity-optin-put': row(401, 404, 404, 200, 200, 200),
  'opportunity-points-put': row(401, 404, 404, 403, 403, 200),
  'ledger-entry-reverse': row(401, 404, 404, 403, 403, 201),
  'recognition-get': row(401, 404, 404, 403, 403, 200),
  'recognition-reward-create': row(401, 404, 404, 403, 403, 201),
  'my-opportunities-list': row(401, 200, 200, 200, 200, 200),
};

function row(...statuses: [number, number, number, number, number, number]): Record<Caller, number> {
  return Object.fromEntries(CALLERS.map((caller, i) => [caller, statuses[i]])) as Record<Caller, number>;
}

// Handlers are never invoked here, so the services are never asked for.
const ROUTES = buildRoutes(() => Promise.reject(new Error('not used')), { dev: true });

let env: TestHost;
let tokens: Record<Exclude<Caller, 'none'>, string>;

beforeAll(async () => {
  env = await startTestHost();
  tokens = await tokensFor(env.host, ['u-fiona', 'u-adele', 'u-isaiah', 'u-alex', 'u-megan']);
});

afterAll(async () => {
  await env.close();
});

const tokenOf = (caller: Caller): string | undefined => (caller === 'none' ? undefined : tokens[caller]);

/** A fresh space of Megan's with Alex (rep), Isaiah (contributor) and Lynne (rep), so every cell starts alike. */
async function buildTeamSpace(): Promise<{ id: string; name: string }> {
  const body = buildSpaceBody({ name: `Team ${uniqueId('t')}` });
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body });
  const id = (created.json as { id: string }).id;
  const members = [
    buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    buildInviteBody({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
    buildInviteBody({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
  ];
  for (const member of members) {
    const invited = await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: member,
    });
    expect(invited.status).toBe(201);
  }
  return { id, name: body.name };
}

async function etagOf(spaceId: string): Promise<string> {
  const res = await api(env.host, 'GET', `/api/spaces/${spaceId}`, { token: tokens['u-megan'] });
  return String(res.headers.etag);
}

test('the matrix covers every route of the table', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(ROUTES.map((r) => r.name).sort());
  expect(Object.keys(ROUTE_SAMPLES).sort()).toEqual(ROUTES.map((r) => r.name).sort());
});

describe.for(ROUTES.map((route) => ({ name: route.name, route })))('$name', ({ route }) => {
  test.for(CALLERS)('as %s', async (caller) => {
    const expected = EXPECTED[route.name]?.[caller];
    const sample = ROUTE_SAMPLES[route.name] ?? {};
    const space = await buildTeamSpace();
    const prepared = (await sample.prepare?.({ host: env.host, token: tokens['u-megan'], spaceId: space.id })) ?? {
      params: {},
    };
    const etag = await etagOf(space.id);
    const path = pathFor(route, { spaceId: space.id, userId: 'u-lynne', ...prepared.params });

    const res = await api(env.host, methodOf(route), path, {
      token: tokenOf(caller),
      body: sample.body?.(),
      headers: sample.ifMatch ? { 'if-match': prepared.etag ?? etag } : {},
    });

    expect(res.status).toBe(expected);
    if (res.status >= 400) {
      expect(problemCode(res)).toEqual(expect.any(String));
      // A refused request changes nothing.
      expect(await etagOf(space.id)).toBe(etag);
    }
    if (OUTSIDERS.includes(caller)) {
      expect(res.text).not.toContain(space.id);
      expect(res.text).not.toContain(space.name);
    }
  });
});

describe('isolation', () => {
  test('an outsider’s 404 is the same answer as for a space that does not exist', async () => {
    const space = await buildTeamSpace();
    for (const caller of ['u-fiona', 'u-adele'] as const) {
      const real = await api(env.host, 'GET', `/api/spaces/${space.id}/members`, { token: tokens[caller] });
      const missing = await api(env.host, 'GET', `/api/spaces/${uniqueId('nope')}/members`, { token: tokens[caller] });
      expect({ status: real.status, body: real.json }).toEqual({ status: missing.status, body: missing.json });
    }
  });

  test('another tenant’s space is invisible, even with its id', async () => {
    const fionaSpace = await api(env.host, 'POST', '/api/spaces', {
      token: tokens['u-fiona'],
      body: buildSpaceBody({ name: 'Fabrikam pipeline review' }),
    });
    const id = (fionaSpace.json as { id: string }).id;

    const list = await api(env.host, 'GET', '/api/spaces', { token: tokens['u-megan'] });
    expect(list.text).not.toContain(id);
    expect(list.text).not.toContain('Fabrikam');
    expect((await api(env.host, 'GET', `/api/spaces/${id}`, { token: tokens['u-megan'] })).status).toBe(404);
    const invite = await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId: 'u-megan' }),
    });
    expect(invite.status).toBe(404);

    const fionaMembers = await api(env.host, 'GET', `/api/spaces/${id}/members`, { token: tokens['u-fiona'] });
    expect((fionaMembers.json as { items: { userId: string }[] }).items.map((m) => m.userId)).toEqual(['u-fiona']);
  });

  test('a space’s members are not listed to members of another space', async () => {
    const mine = await buildTeamSpace();
    const other = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-alex'], body: buildSpaceBody() });
    const otherId = (other.json as { id: string }).id;
    const asIsaiah = await api(env.host, 'GET', `/api/spaces/${otherId}/members`, { token: tokens['u-isaiah'] });
    expect(asIsaiah.status).toBe(404);
    const isaiahList = await api(env.host, 'GET', '/api/spaces', { token: tokens['u-isaiah'] });
    const ids = (isaiahList.json as { items: { id: string }[] }).items.map((s) => s.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(otherId);
  });
});
