import type { SpaceAccess } from '../../auth/policy.js';
import {
  assertMayOpenLoop,
  can,
  CreateHiringLoopBody,
  DecideHiringLoopBody,
  HiringLoopParams,
  HousekeepingBody,
  LinkHireBody,
  type MyScorecardsDueResponse,
  type Principal,
  RoleProfileBody,
  RoleProfileParams,
  SpaceParams,
  SubmitScorecardBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import type { Notifier } from '../../notify/port.js';
import type { DocumentStore } from '../../store/port.js';
import { getScenario } from '../roleplays/index.js';
import { listMySpaces } from '../spaces/index.js';
import { createLoop, createProfile, decideLoop, linkHire, submitScorecard, updateProfile } from './commands.js';
import type { StoredLoop, StoredProfile } from './model.js';
import { presentLoop, presentLoopSummary, presentProfile, readerOf } from './present.js';
import { purgeExpiredCandidates } from './purge.js';
import { getLoop, listCards, listLoops, listProfiles } from './queries.js';

const HIRING = 'spaces/{spaceId}/hiring';
const PROFILES = `${HIRING}/profiles`;
const LOOPS = `${HIRING}/loops`;
const LOOP = `${LOOPS}/{loopId}`;

async function profileView(store: DocumentStore, pk: string, profile: StoredProfile) {
  const scenario = profile.scenarioId ? await getScenario(store, pk, profile.scenarioId).catch(() => null) : null;
  return presentProfile(profile, scenario?.title ?? null);
}

/** A loop as the caller may see it (404 to anyone neither on the panel nor a manager of the space). */
async function loopView(store: DocumentStore, access: SpaceAccess, loop: StoredLoop) {
  const reader = readerOf(loop, access.member.userId, access.member.role === 'manager');
  assertMayOpenLoop(reader);
  return presentLoop(loop, access.space, await listCards(store, access.space.pk, loop.loopId), reader);
}

/**
 * Asks each interviewer for their scorecard; one notice per loop and interviewer. The title names
 * the role, never the candidate: notices (and Teams' activity feed) outlive the candidate's purge.
 */
async function notifyPanel(notifier: Notifier, access: SpaceAccess, principal: Principal, loop: StoredLoop) {
  await notifier.notify(
    principal,
    loop.interviewers.map((i) => ({
      spaceId: access.space.spaceId,
      recipientId: i.userId,
      kind: 'scorecardDue' as const,
      eventKey: `hiring|${loop.loopId}|${i.userId}|scorecard`,
      title: `Interview for ${loop.profile.name}: your scorecard is due`,
      target: { page: 'personal' as const, section: 'hiring', itemId: loop.loopId },
    })),
  );
}

export const roleProfilesList = defineEndpoint({
  name: 'role-profiles-list',
  method: 'GET',
  route: PROFILES,
  access: { space: 'hiring.manage' },
  params: SpaceParams,
  async run({ access, services }) {
    const pk = access.space.pk;
    const profiles = await listProfiles(services.store, pk);
    return { body: { items: await Promise.all(profiles.map((p) => profileView(services.store, pk, p))) } };
  },
});

export const roleProfilesCreate = defineEndpoint({
  name: 'role-profiles-create',
  method: 'POST',
  route: PROFILES,
  access: { space: 'hiring.manage' },
  params: SpaceParams,
  body: RoleProfileBody,
  async run({ access, body, services }) {
    const profile = await createProfile(services.store, access, body);
    const view = await profileView(services.store, access.space.pk, profile);
    return { status: 201, body: view, etag: view.etag };
  },
});

export const roleProfilesUpdate = defineEndpoint({
  name: 'role-profiles-update',
  method: 'PUT',
  route: `${PROFILES}/{profileId}`,
  access: { space: 'hiring.manage' },
  params: RoleProfileParams,
  body: RoleProfileBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const profile = await updateProfile(services.store, access, params.profileId, body, ifMatch);
    const view = await profileView(services.store, access.space.pk, profile);
    return { body: view, etag: view.etag };
  },
});

export const hiringLoopsList = defineEndpoint({
  name: 'hiring-loops-list',
  method: 'GET',
  route: LOOPS,
  access: { space: 'hiring.read' },
  params: SpaceParams,
  async run({ access, services }) {
    const { space, member } = access;
    const loops = await listLoops(services.store, space.pk);
    // Managers see every loop; anyone else only the loops they interview on.
    const mine =
      member.role === 'manager' ? loops : loops.filter((l) => l.interviewers.some((i) => i.userId === member.userId));
    return { body: { items: mine.map((l) => presentLoopSummary(l, space)) } };
  },
});

export const hiringLoopsCreate = defineEndpoint({
  name: 'hiring-loops-create',
  method: 'POST',
  route: LOOPS,
  access: { space: 'hiring.manage' },
  params: SpaceParams,
  body: CreateHiringLoopBody,
  async run({ access, principal, body, services }) {
    const loop = await createLoop(services.store, access, body);
    await notifyPanel(services.notifier, access, principal, loop);
    const view = await loopView(services.store, access, loop);
    return { status: 201, body: view, etag: view.etag };
  },
});

export const hiringLoopsGet = defineEndpoint({
  name: 'hiring-loops-get',
  method: 'GET',
  route: LOOP,
  access: { space: 'hiring.read' },
  params: HiringLoopParams,
  async run({ access, params, services }) {
    const view = await loopView(services.store, access, await getLoop(services.store, access.space.pk, params.loopId));
    return { body: view, etag: view.etag };
  },
});

export const hiringScorecardsSubmit = defineEndpoint({
  name: 'hiring-scorecards-submit',
  method: 'POST',
  route: `${LOOP}/scorecard`,
  access: { space: 'hiring.read' },
  params: HiringLoopParams,
  body: SubmitScorecardBody,
  async run({ access, params, body, services }) {
    const { loop } = await submitScorecard(services.store, access, params.loopId, body);
    const view = await loopView(services.store, access, loop);
    return { status: 201, body: view, etag: view.etag };
  },
});

export const hiringLoopsDecide = defineEndpoint({
  name: 'hiring-loops-decide',
  method: 'PUT',
  route: `${LOOP}/decision`,
  access: { space: 'hiring.manage' },
  params: HiringLoopParams,
  body: DecideHiringLoopBody,
  async run({ access, params, body, services }) {
    const loop = await decideLoop(services.store, access, params.loopId, body);
    const view = await loopView(services.store, access, loop);
    return { body: view, etag: view.etag };
  },
});

export const hiringLoopsLinkHire = defineEndpoint({
  name: 'hiring-loops-link-hire',
  method: 'PUT',
  route: `${LOOP}/hire`,
  access: { space: 'hiring.manage' },
  params: HiringLoopParams,
  body: LinkHireBody,
  async run({ access, params, body, services }) {
    const loop = await linkHire(services.store, access, params.loopId, body);
    const view = await loopView(services.store, access, loop);
    return { body: view, etag: view.etag };
  },
});

/** "My scorecards due": the open loops, in every space I am in, where I have not submitted yet. */
export const myScorecardsDue = defineEndpoint({
  name: 'my-scorecards-due',
  method: 'GET',
  route: 'me/scorecards-due',
  access: 'self',
  async run({ principal, services }) {
    const items: MyScorecardsDueResponse['items'] = [];
    for (const space of await listMySpaces(services.store, principal)) {
      const me = space.members.find((m) => m.userId === principal.userId);
      if (!me || !can(me.role, 'hiring.read')) continue;
      for (const loop of await listLoops(services.store, space.pk)) {
        if (loop.status !== 'open' || loop.submittedBy.includes(principal.userId)) continue;
        if (!loop.interviewers.some((i) => i.userId === principal.userId)) continue;
        items.push({
          spaceId: space.spaceId,
          spaceName: space.name,
          loopId: loop.loopId,
          profileName: loop.profile.name,
          candidateName: loop.candidate.name,
          interviewDates: loop.interviewDates,
        });
      }
    }
    return { body: { items } };
  },
});

/**
 * Local housekeeping, run by hand (in Azure a timer runs it daily): deletes candidates' data whose
 * retention ended. `now` simulates a later day, to try retention without waiting. Dev host only.
 */
export const devHousekeeping = defineEndpoint({
  name: 'dev-housekeeping-run',
  method: 'POST',
  route: 'dev/housekeeping',
  access: 'loopback',
  body: HousekeepingBody,
  async run({ body, services }) {
    const purged = await purgeExpiredCandidates(services.store, body.now ? Date.parse(body.now) : Date.now());
    return { body: { purged } };
  },
});
