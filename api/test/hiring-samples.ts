import {
  CreateHiringLoopBody,
  DecideHiringLoopBody,
  HousekeepingBody,
  LinkHireBody,
  RoleProfileBody,
  SubmitScorecardBody,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A role profile: discovery weighs three times listening. */
export function buildProfileBody(overrides: Partial<RoleProfileBody> = {}): RoleProfileBody {
  return {
    name: 'Account executive',
    competencies: [
      { key: 'discoveryQuestions', weight: 3, questions: ['Tell me about a deal you found the real problem in.'] },
      { key: 'activeListening', weight: 1, questions: [] },
    ],
    scenarioId: null,
    ...overrides,
  };
}

/** A loop on `profileId`: Megan and Alex cover discovery, Lynne listening. */
export function buildLoopBody(profileId: string, overrides: Partial<CreateHiringLoopBody> = {}): CreateHiringLoopBody {
  return {
    profileId,
    candidate: { name: 'Jordan Candidate', contact: 'jordan@example.com', notes: 'Referred by Diego' },
    interviewers: [
      { userId: 'u-megan', competencies: ['discoveryQuestions'] },
      { userId: 'u-alex', competencies: ['discoveryQuestions'] },
      { userId: 'u-lynne', competencies: ['activeListening'] },
    ],
    interviewDates: ['2026-12-10'],
    managersSeeEarly: false,
    ...overrides,
  };
}

/** A scorecard rating discovery, with evidence. */
export function buildCardBody(rating = 3, key = 'discoveryQuestions'): SubmitScorecardBody {
  return {
    ratings: [{ key, rating, evidence: 'Asked what the outage cost them before proposing anything.' }],
    recommendation: 'hire',
    developmentPoints: ['Quantify value with the customer’s own numbers'],
  };
}

/** The profile the last `prepare` created: loop bodies need it, and `body()` runs after `prepare`. */
let sampleProfileId = 'no-such-profile';

async function profile(ctx: PrepareContext): Promise<Prepared> {
  const res = await api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/hiring/profiles`, {
    token: ctx.token,
    body: buildProfileBody(),
  });
  if (res.status !== 201) throw new Error(`profile not created: ${res.status} ${res.text}`);
  sampleProfileId = (res.json as { id: string }).id;
  return { params: { profileId: sampleProfileId }, etag: String(res.headers.etag) };
}

async function loop(ctx: PrepareContext): Promise<Prepared> {
  const { params } = await profile(ctx);
  const res = await api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/hiring/loops`, {
    token: ctx.token,
    body: buildLoopBody(params.profileId!),
  });
  if (res.status !== 201) throw new Error(`loop not created: ${res.status} ${res.text}`);
  return { params: { loopId: (res.json as { id: string }).id } };
}

async function loopWithCard(ctx: PrepareContext): Promise<Prepared> {
  const prepared = await loop(ctx);
  const res = await api(
    ctx.host,
    'POST',
    `/api/spaces/${ctx.spaceId}/hiring/loops/${prepared.params.loopId}/scorecard`,
    {
      token: await tokenFor(ctx.host, 'u-alex'),
      body: buildCardBody(),
    },
  );
  if (res.status !== 201) throw new Error(`card not submitted: ${res.status} ${res.text}`);
  return prepared;
}

async function hiredLoop(ctx: PrepareContext): Promise<Prepared> {
  const prepared = await loopWithCard(ctx);
  const res = await api(ctx.host, 'PUT', `/api/spaces/${ctx.spaceId}/hiring/loops/${prepared.params.loopId}/decision`, {
    token: ctx.token,
    body: { decision: 'hire', reason: 'Strong discovery' },
  });
  if (res.status !== 200) throw new Error(`not decided: ${res.status} ${res.text}`);
  return prepared;
}

export const HIRING_SAMPLES: Record<string, RouteSample> = {
  'role-profiles-list': {},
  'role-profiles-create': { schema: RoleProfileBody, body: () => buildProfileBody() },
  'role-profiles-update': {
    schema: RoleProfileBody,
    body: () => buildProfileBody({ name: 'Senior account executive' }),
    ifMatch: true,
    prepare: profile,
  },
  'hiring-loops-list': {},
  'hiring-loops-create': { schema: CreateHiringLoopBody, body: () => buildLoopBody(sampleProfileId), prepare: profile },
  'hiring-loops-get': { prepare: loop },
  'hiring-scorecards-submit': { schema: SubmitScorecardBody, body: () => buildCardBody(), prepare: loop },
  'hiring-loops-decide': {
    schema: DecideHiringLoopBody,
    body: () => ({ decision: 'hire', reason: 'Strong discovery, coachable on value' }),
    prepare: loopWithCard,
  },
  'hiring-loops-link-hire': { schema: LinkHireBody, body: () => ({ userId: 'u-lynne' }), prepare: hiredLoop },
  'my-scorecards-due': {},
  'dev-housekeeping-run': { schema: HousekeepingBody, body: () => ({}) },
};
