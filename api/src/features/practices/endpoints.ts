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
  SetArchivedBody,
  SetDiscussedBody,
  SetProvenBody,
  activeSkillKeys,
  SpaceParams,
  UpdatePracticeBody,
  UpdateSkillsBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
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
  getPracticeArchivedOrNot,
  getSkills,
  listArchivedPractices,
  listAdoptions,
  listContributions,
  listMyAdoptions,
  listMyAuthored,
  listPractices,
  suggestSpotlights,
} from './queries.js';
import { setArchived, withdrawAdoption } from './retire.js';

const PRACTICE = 'spaces/{spaceId}/practices/{practiceId}';

/** The exchange: one page, sorted by newest, most adopted or best outcome, filtered by skill, segment, stage. */
export const practicesList = defineEndpoint({
  name: 'practices-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practices',
  access: { space: 'practices.read' },
  params: SpaceParams,
  query: ListPracticesQuery,
  async run({ access: { space }, query, services }) {
    const page = await listPractices(services.store, space.pk, query);
    return { body: { items: page.items.map((p) => presentPractice(p, space)), continuation: page.continuation } };
  },
});

export const practicesCreate = defineEndpoint({
  name: 'practices-create',
  method: 'POST',
  route: 'spaces/{spaceId}/practices',
  access: { space: 'practices.post' },
  params: SpaceParams,
  body: CreatePracticeBody,
  async run({ access, principal, body, services }) {
    const practice = await createPractice(services.store, access, body);
    return {
      status: 201,
      body: presentPracticeDetail(practice, [], access.space, { userId: principal.userId, canEdit: true }, Date.now()),
      etag: practice._etag,
      headers: { location: `/api/spaces/${access.space.spaceId}/practices/${practice.practiceId}` },
    };
  },
});

/** The guiding checks of the post form, against this space's skills; writes nothing. */
export const practiceDraftsCheck = defineEndpoint({
  name: 'practice-drafts-check',
  method: 'POST',
  route: 'spaces/{spaceId}/practice-drafts/check',
  access: { space: 'practices.post' },
  params: SpaceParams,
  body: PracticeDraft,
  async run({ access: { space }, body, services }) {
    const { skills } = await getSkills(services.store, space.pk);
    return {
      body: checkPracticeDraft(body, activeSkillKeys(skills)),
    };
  },
});

export const practicesGet = defineEndpoint({
  name: 'practices-get',
  method: 'GET',
  route: PRACTICE,
  access: { space: 'practices.read' },
  params: PracticeParams,
  async run({ access, principal, params, services }) {
    const practice = await getPracticeArchivedOrNot(services.store, access.space.pk, params.practiceId);
    const adoptions = await listAdoptions(services.store, access.space.pk, params.practiceId);
    const canEdit = practice.authorId === principal.userId || can(access.member.role, 'practices.editAny');
    return {
      body: presentPracticeDetail(practice, adoptions, access.space, { userId: principal.userId, canEdit }, Date.now()),
      etag: practice._etag,
    };
  },
});

export const practicesUpdate = defineEndpoint({
  name: 'practices-update',
  method: 'PATCH',
  route: PRACTICE,
  access: { space: 'practices.read' },
  params: PracticeParams,
  body: UpdatePracticeBody,
  ifMatch: 'required',
  async run({ access, principal, params, body, ifMatch, services }) {
    const practice = await updatePractice(services.store, access, params.practiceId, body, ifMatch);
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
});

/** "I'll try this": 201 the first time, 200 when the caller already tries it. */
export const practiceAdoptionsCreate = defineEndpoint({
  name: 'practice-adoptions-create',
  method: 'POST',
  route: `${PRACTICE}/adoptions`,
  access: { space: 'practices.adopt' },
  params: PracticeParams,
  async run({ access, params, services }) {
    const { adoption, created } = await adoptPractice(services.store, access, params.practiceId);
    return { status: created ? 201 : 200, body: presentAdopter(adoption, access.space, Date.now()) };
  },
});

/** The caller takes back their "I'll try this"; answers the practice with its counts updated. */
export const practiceAdoptionsWithdraw = defineEndpoint({
  name: 'practice-adoptions-withdraw',
  method: 'DELETE',
  route: `${PRACTICE}/adoptions`,
  access: { space: 'practices.adopt' },
  params: PracticeParams,
  async run({ access, params, services }) {
    const practice = await withdrawAdoption(services.store, access, params.practiceId);
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
});

/** Archives a practice (it leaves every list and count) or restores it; its author or a manager. */
export const practiceArchivedPut = defineEndpoint({
  name: 'practice-archived-put',
  method: 'PUT',
  route: `${PRACTICE}/archived`,
  access: { space: 'practices.read' },
  params: PracticeParams,
  body: SetArchivedBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const practice = await setArchived(services.store, access, params.practiceId, body.archived, ifMatch);
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
});

/** Archived practices, to restore: a manager sees the space's, anyone else their own. */
export const archivedPracticesList = defineEndpoint({
  name: 'archived-practices-list',
  method: 'GET',
  route: 'spaces/{spaceId}/archived-practices',
  access: { space: 'practices.read' },
  params: SpaceParams,
  async run({ access: { space, member }, services }) {
    const authorId = can(member.role, 'practices.editAny') ? null : member.userId;
    const items = await listArchivedPractices(services.store, space.pk, authorId);
    return { body: { items: items.map((p) => presentPractice(p, space)), continuation: null } };
  },
});

/** What happened when the caller tried it: worked, didn't, not applicable, with a short note. */
export const practiceOutcomePut = defineEndpoint({
  name: 'practice-outcome-put',
  method: 'PUT',
  route: `${PRACTICE}/outcome`,
  access: { space: 'practices.adopt' },
  params: PracticeParams,
  body: RecordOutcomeBody,
  async run({ access, params, body, services }) {
    const adoption = await recordOutcome(services.store, access, params.practiceId, body);
    return { body: presentAdopter(adoption, access.space, Date.now()) };
  },
});

export const practiceProvenPut = defineEndpoint({
  name: 'practice-proven-put',
  method: 'PUT',
  route: `${PRACTICE}/proven`,
  access: { space: 'practices.curate' },
  params: PracticeParams,
  body: SetProvenBody,
  async run({ access, params, body, services }) {
    const practice = await setProven(services.store, access, params.practiceId, body.proven);
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
});

export const practiceDiscussedPut = defineEndpoint({
  name: 'practice-discussed-put',
  method: 'PUT',
  route: `${PRACTICE}/discussed`,
  access: { space: 'practices.curate' },
  params: PracticeParams,
  body: SetDiscussedBody,
  async run({ access, params, body, services }) {
    const practice = await setDiscussed(
      services.store,
      access,
      params.practiceId,
      body.discussed,
      body.meetingId ?? null,
    );
    return { body: presentPractice(practice, access.space), etag: practice._etag };
  },
});

/** The meeting stage's view of one practice. */
export const practiceSpotlightGet = defineEndpoint({
  name: 'practice-spotlight-get',
  method: 'GET',
  route: `${PRACTICE}/spotlight`,
  access: { space: 'practices.read' },
  params: PracticeParams,
  async run({ access: { space }, params, services }) {
    const practice = await getPractice(services.store, space.pk, params.practiceId);
    const adoptions = await listAdoptions(services.store, space.pk, params.practiceId);
    return { body: presentSpotlight(practice, adoptions, space) };
  },
});

/** Adds the practice to a meeting's agenda as a linked best-practice item; answers the new item. */
export const practiceAgendaItemsCreate = defineEndpoint({
  name: 'practice-agenda-items-create',
  method: 'POST',
  route: `${PRACTICE}/meetings/{meetingId}/agenda-items`,
  access: { space: 'meetings.plan' },
  params: PracticeMeetingParams,
  body: AddToAgendaBody,
  async run({ access, params, body, services }) {
    const item = await addPracticeToAgenda(services.store, access, params.practiceId, params.meetingId, body);
    return { status: 201, body: presentItem(item, access.space), etag: item._etag };
  },
});

export const practiceSpotlightsList = defineEndpoint({
  name: 'practice-spotlights-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practice-spotlights',
  access: { space: 'practices.read' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: await suggestSpotlights(services.store, access) };
  },
});

export const practiceContributionsList = defineEndpoint({
  name: 'practice-contributions-list',
  method: 'GET',
  route: 'spaces/{spaceId}/practice-contributions',
  access: { space: 'practices.read' },
  params: SpaceParams,
  async run({ access: { space }, services }) {
    return { body: await listContributions(services.store, space) };
  },
});

export const skillsGet = defineEndpoint({
  name: 'skills-get',
  method: 'GET',
  route: 'spaces/{spaceId}/skills',
  access: { space: 'practices.read' },
  params: SpaceParams,
  async run({ access: { space }, services }) {
    const { skills, etag } = await getSkills(services.store, space.pk);
    return { body: { items: skills, etag }, etag };
  },
});

export const skillsUpdate = defineEndpoint({
  name: 'skills-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/skills',
  access: { space: 'skills.edit' },
  params: SpaceParams,
  body: UpdateSkillsBody,
  ifMatch: 'required',
  async run({ access, body, ifMatch, services }) {
    const saved = await updateSkills(services.store, access, body.skills, ifMatch);
    return { body: { items: saved.skills, etag: saved._etag }, etag: saved._etag };
  },
});

/** The personal tab's "practices I am trying", across every space of the caller, with due follow-ups. */
export const myPracticeAdoptionsList = defineEndpoint({
  name: 'my-practice-adoptions-list',
  method: 'GET',
  route: 'me/practice-adoptions',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyAdoptions(services.store, principal) };
  },
});

/** The caller's own posts across their spaces, with who adopted each and how it went. */
export const myPracticesList = defineEndpoint({
  name: 'my-practices-list',
  method: 'GET',
  route: 'me/practices',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyAuthored(services.store, principal) };
  },
});
