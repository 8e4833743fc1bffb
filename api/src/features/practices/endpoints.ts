import { authorizeSpace } from '../../auth/policy.js';
import {
  AddToAgendaBody,
  can,
  checkPracticeDraft,
  CreatePracticeBody,
  ListPracticesQuery,
  PracticeDraft,
  PracticeMeetingParams,
  PracticeParams,
  RecordOutcomeBody,
  SetDiscussedBody,
  SetProvenBody,
  SpaceParams,
  UpdatePracticeBody,
  UpdateSkillsBody,
} from '../../domain/index.js';
import type { Endpoint } from '../../http/handle.js';
import { presentItem } from '../meetings/index.js';
import {
  addPracticeToAgenda,
  adoptPractice,
  createPractice,
  recordOutcome,
  setDiscussed,
  setProven,
  updatePractice,
  updateSkills,
} from './commands.js';
import { presentAdopter, presentPractice, presentPracticeDetail, presentSpotlight } from './present.js';
import {
  getPractice,
  getSkills,
  listAdoptions,
  listContributions,
  listMyAdoptions,
  listMyAuthored,
  listPractices,
  suggestSpotlights,
} from './queries.js';

const PRACTICE = 'spaces/{spaceId}/practices/{practiceId}';

/** The exchange: one page, sorted by newest, most adopted or best outcome, filtered by skill, segment, stage. */
export const practicesList = {
  name: 'practices-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practices',
  authenticated: true,
  params: SpaceParams,
  query: ListPracticesQuery,
  async run({ principal, params, query, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    const page = await listPractices(services.store, space.pk, query);
    return { body: { items: page.items.map((p) => presentPractice(p, space)), continuation: page.continuation } };
  },
} satisfies Endpoint<true, typeof SpaceParams, typeof ListPracticesQuery, undefined>;

export const practicesCreate = {
  name: 'practices-create',
  method: 'POST',
  route: 'spaces/{spaceId}/practices',
  authenticated: true,
  params: SpaceParams,
  body: CreatePracticeBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.post');
    const practice = await createPractice(services.store, access, body);
    return {
      status: 201,
      body: presentPracticeDetail(practice, [], access.space, { userId: principal.userId, canEdit: true }, Date.now()),
      etag: practice._etag,
      headers: { location: `/api/spaces/${access.space.spaceId}/practices/${practice.practiceId}` },
    };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof CreatePracticeBody>;

/** The guiding checks of the post form, against this space's skills; writes nothing. */
export const practiceDraftsCheck = {
  name: 'practice-drafts-check',
  method: 'POST',
  route: 'spaces/{spaceId}/practice-drafts/check',
  authenticated: true,
  params: SpaceParams,
  body: PracticeDraft,
  async run({ principal, params, body, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'practices.post');
    const { skills } = await getSkills(services.store, space.pk);
    return {
      body: checkPracticeDraft(
        body,
        skills.map((s) => s.key),
      ),
    };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof PracticeDraft>;

export const practicesGet = {
  name: 'practices-get',
  method: 'GET',
  route: PRACTICE,
  authenticated: true,
  params: PracticeParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    const practice = await getPractice(services.store, access.space.pk, params.practiceId);
    const adoptions = await listAdoptions(services.store, access.space.pk, params.practiceId);
    const canEdit = practice.authorId === principal.userId || can(access.member.role, 'practices.editAny');
    return {
      body: presentPracticeDetail(practice, adoptions, access.space, { userId: principal.userId, canEdit }, Date.now()),
      etag: practice._etag,
    };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, undefined>;

export const practicesUpdate = {
  name: 'practices-update',
  method: 'PATCH',
  route: PRACTICE,
  authenticated: true,
  params: PracticeParams,
  body: UpdatePracticeBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    const practice = await updatePractice(services.store, access, params.practiceId, body, ifMatch ?? '');
    const adoptions = await listAdoptions(services.store, access.space.pk, params.practiceId);
    return {
      body: presentPracticeDetail(
        practice,
        adoptions,
        access.space,
        { userId: principal.userId, canEdit: true },
        Date.now(),
      ),
      etag: practice._etag,
    };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, typeof UpdatePracticeBody>;

/** "I'll try this": 201 the first time, 200 when the caller already tries it. */
export const practiceAdoptionsCreate = {
  name: 'practice-adoptions-create',
  method: 'POST',
  route: `${PRACTICE}/adoptions`,
  authenticated: true,
  params: PracticeParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.adopt');
    const { adoption, created } = await adoptPractice(services.store, access, params.practiceId);
    return { status: created ? 201 : 200, body: presentAdopter(adoption, access.space, Date.now()) };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, undefined>;

/** What happened when the caller tried it: worked, didn't, not applicable, with a short note. */
export const practiceOutcomePut = {
  name: 'practice-outcome-put',
  method: 'PUT',
  route: `${PRACTICE}/outcome`,
  authenticated: true,
  params: PracticeParams,
  body: RecordOutcomeBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.adopt');
    const adoption = await recordOutcome(services.store, access, params.practiceId, body);
    return { body: presentAdopter(adoption, access.space, Date.now()) };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, typeof RecordOutcomeBody>;

export const practiceProvenPut = {
  name: 'practice-proven-put',
  method: 'PUT',
  route: `${PRACTICE}/proven`,
  authenticated: true,
  params: PracticeParams,
  body: SetProvenBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.curate');
    const practice = await setProven(services.store, access, params.practiceId, body.proven);
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, typeof SetProvenBody>;

export const practiceDiscussedPut = {
  name: 'practice-discussed-put',
  method: 'PUT',
  route: `${PRACTICE}/discussed`,
  authenticated: true,
  params: PracticeParams,
  body: SetDiscussedBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.curate');
    const practice = await setDiscussed(
      services.store,
      access,
      params.practiceId,
      body.discussed,
      body.meetingId ?? null,
    );
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, typeof SetDiscussedBody>;

/** The meeting stage's view of one practice. */
export const practiceSpotlightGet = {
  name: 'practice-spotlight-get',
  method: 'GET',
  route: `${PRACTICE}/spotlight`,
  authenticated: true,
  params: PracticeParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    const practice = await getPractice(services.store, space.pk, params.practiceId);
    const adoptions = await listAdoptions(services.store, space.pk, params.practiceId);
    return { body: presentSpotlight(practice, adoptions, space) };
  },
} satisfies Endpoint<true, typeof PracticeParams, undefined, undefined>;

/** Adds the practice to a meeting's agenda as a linked best-practice item; answers the new item. */
export const practiceAgendaItemsCreate = {
  name: 'practice-agenda-items-create',
  method: 'POST',
  route: `${PRACTICE}/meetings/{meetingId}/agenda-items`,
  authenticated: true,
  params: PracticeMeetingParams,
  body: AddToAgendaBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    const item = await addPracticeToAgenda(services.store, access, params.practiceId, params.meetingId, body);
    return { status: 201, body: presentItem(item, access.space), etag: item._etag };
  },
} satisfies Endpoint<true, typeof PracticeMeetingParams, undefined, typeof AddToAgendaBody>;

export const practiceSpotlightsList = {
  name: 'practice-spotlights-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practice-spotlights',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    return { body: await suggestSpotlights(services.store, access) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const practiceContributionsList = {
  name: 'practice-contributions-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practice-contributions',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    return { body: await listContributions(services.store, space) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const skillsGet = {
  name: 'skills-get',
  method: 'GET',
  route: 'spaces/{spaceId}/skills',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'practices.read');
    const { skills, etag } = await getSkills(services.store, space.pk);
    return { body: { items: skills, etag }, etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const skillsUpdate = {
  name: 'skills-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/skills',
  authenticated: true,
  params: SpaceParams,
  body: UpdateSkillsBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'skills.edit');
    const saved = await updateSkills(services.store, access, body.skills, ifMatch ?? '');
    return { body: { items: saved.skills, etag: saved._etag }, etag: saved._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof UpdateSkillsBody>;

/** The personal tab's "practices I am trying", across every space of the caller, with due follow-ups. */
export const myPracticeAdoptionsList = {
  name: 'my-practice-adoptions-list',
  method: 'GET',
  route: 'me/practice-adoptions',
  authenticated: true,
  async run({ principal, services }) {
    return { body: await listMyAdoptions(services.store, principal) };
  },
} satisfies Endpoint<true, undefined, undefined, undefined>;

/** The caller's own posts across their spaces, with who adopted each and how it went. */
export const myPracticesList = {
  name: 'my-practices-list',
  method: 'GET',
  route: 'me/practices',
  authenticated: true,
  async run({ principal, services }) {
    return { body: await listMyAuthored(services.store, principal) };
  },
} satisfies Endpoint<true, undefined, undefined, undefined>;
