import {
  AssignOpportunityBody,
  CreateOpportunityBody,
  LedgerEntryParams,
  ListOpportunitiesQuery,
  OpportunityCreditParams,
  OpportunityParams,
  OpportunityPointsBody,
  OpportunityStatusBody,
  QuarterParams,
  RecognitionOptInBody,
  ReverseLedgerEntryBody,
  RewardGivenBody,
  SpaceParams,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { readVisibleOpportunity } from './access.js';
import { assignOpportunity, convertToBoard, createOpportunity, moveOpportunity } from './commands.js';
import { approveCredit, giveReward, reverseEntry, savePoints, setOptIn } from './credits.js';
import { notifyCredited, notifyRouted, notifyStatus } from './notices.js';
import { presentEntries, presentOpportunity } from './present.js';
import { getCredits, getRecognition, listMyOpportunities, listOpportunities } from './queries.js';

const OPPORTUNITY = 'spaces/{spaceId}/opportunities/{opportunityId}';

/** One page of a list: mine, routed to me, or (managers) waiting for triage, points to approve, all. */
export const opportunitiesList = defineEndpoint({
  name: 'opportunities-list',
  method: 'GET',
  route: 'spaces/{spaceId}/opportunities',
  access: { space: 'opportunities.log' },
  params: SpaceParams,
  query: ListOpportunitiesQuery,
  async run({ access, query, services }) {
    const page = await listOpportunities(services.store, access, query.view, query.cursor);
    return {
      body: { items: page.items.map((o) => presentOpportunity(o, access.space)), cursor: page.continuation ?? null },
    };
  },
});

/** Anyone in the team logs what they noticed at a customer; it goes to the account's owner or to triage. */
export const opportunitiesCreate = defineEndpoint({
  name: 'opportunities-create',
  method: 'POST',
  route: 'spaces/{spaceId}/opportunities',
  access: { space: 'opportunities.log' },
  params: SpaceParams,
  body: CreateOpportunityBody,
  async run({ access, principal, body, services }) {
    const opportunity = await createOpportunity(services.store, access, body, new Date());
    await notifyRouted(services, principal, access, opportunity);
    return {
      status: 201,
      body: presentOpportunity(opportunity, access.space),
      headers: { location: `/api/spaces/${access.space.spaceId}/opportunities/${opportunity.opportunityId}` },
    };
  },
});

/** One opportunity, for who logged it, its assignee and the managers; anyone else gets a bare 404. */
export const opportunitiesGet = defineEndpoint({
  name: 'opportunities-get',
  method: 'GET',
  route: OPPORTUNITY,
  access: { space: 'opportunities.log' },
  params: OpportunityParams,
  async run({ access, params, services }) {
    const opportunity = await readVisibleOpportunity(services.store, access, params.opportunityId);
    return { body: presentOpportunity(opportunity, access.space) };
  },
});

/** A manager assigns it to a rep or manager (triage, or a change of hands); the assignee is told. */
export const opportunityAssigneePut = defineEndpoint({
  name: 'opportunity-assignee-put',
  method: 'PUT',
  route: `${OPPORTUNITY}/assignee`,
  access: { space: 'opportunities.manage' },
  params: OpportunityParams,
  body: AssignOpportunityBody,
  async run({ access, principal, params, body, services }) {
    const { opportunity, changed } = await assignOpportunity(
      services.store,
      access,
      params.opportunityId,
      body,
      new Date(),
    );
    if (changed) await notifyRouted(services, principal, access, opportunity);
    return { body: presentOpportunity(opportunity, access.space) };
  },
});

/** The assignee (or a manager) moves it on; qualified and won propose points; the contributor is told. */
export const opportunityStatusPut = defineEndpoint({
  name: 'opportunity-status-put',
  method: 'PUT',
  route: `${OPPORTUNITY}/status`,
  access: { space: 'opportunities.work' },
  params: OpportunityParams,
  body: OpportunityStatusBody,
  async run({ access, principal, params, body, services }) {
    const opportunity = await moveOpportunity(services.store, access, params.opportunityId, body, new Date());
    await notifyStatus(services, principal, access, opportunity);
    return { body: presentOpportunity(opportunity, access.space) };
  },
});

/** Opens an account board from a qualified or won opportunity; the two link to each other. */
export const opportunityBoardCreate = defineEndpoint({
  name: 'opportunity-board-create',
  method: 'POST',
  route: `${OPPORTUNITY}/board`,
  access: { space: 'opportunities.work' },
  params: OpportunityParams,
  async run({ access, params, services }) {
    const { opportunity, boardId } = await convertToBoard(services.store, access, params.opportunityId, new Date());
    return {
      status: 201,
      body: presentOpportunity(opportunity, access.space),
      headers: { location: `/api/spaces/${access.space.spaceId}/boards/${boardId}` },
    };
  },
});

/** A manager approves the points proposed for qualified or won: credited once, as a ledger entry. */
export const opportunityCreditApprove = defineEndpoint({
  name: 'opportunity-credit-approve',
  method: 'POST',
  route: `${OPPORTUNITY}/credits/{milestone}/approval`,
  access: { space: 'opportunities.manage' },
  params: OpportunityCreditParams,
  async run({ access, principal, params, services }) {
    const { opportunity, entry } = await approveCredit(
      services.store,
      access,
      params.opportunityId,
      params.milestone,
      new Date(),
    );
    await notifyCredited(services, principal, access, opportunity, entry);
    return { status: 201, body: presentOpportunity(opportunity, access.space) };
  },
});

/** The caller's balance and ledger history in the team, the team's points, and their recognition choice. */
export const opportunityCreditsGet = defineEndpoint({
  name: 'opportunity-credits-get',
  method: 'GET',
  route: 'spaces/{spaceId}/opportunity-credits',
  access: { space: 'opportunities.log' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: await getCredits(services.store, access) };
  },
});

/** Whether the caller shows on the quarter's recognition board (off by default). */
export const opportunityOptInPut = defineEndpoint({
  name: 'opportunity-optin-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/opportunity-credits/recognition',
  access: { space: 'opportunities.log' },
  params: SpaceParams,
  body: RecognitionOptInBody,
  async run({ access, body, services }) {
    await setOptIn(services.store, access, body.optIn);
    return { body: await getCredits(services.store, access) };
  },
});

/** A manager sets the points the team proposes on qualified and on won. */
export const opportunityPointsPut = defineEndpoint({
  name: 'opportunity-points-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/opportunity-points',
  access: { space: 'opportunities.manage' },
  params: SpaceParams,
  body: OpportunityPointsBody,
  async run({ access, body, services }) {
    return { body: await savePoints(services.store, access, body) };
  },
});

/** A manager reverses a ledger entry with a reason: a new entry, the original stays as it was. */
export const ledgerEntryReverse = defineEndpoint({
  name: 'ledger-entry-reverse',
  method: 'POST',
  route: 'spaces/{spaceId}/opportunity-ledger/{entryId}/reversal',
  access: { space: 'opportunities.manage' },
  params: LedgerEntryParams,
  body: ReverseLedgerEntryBody,
  async run({ access, params, body, services }) {
    const entry = await reverseEntry(services.store, access, params.entryId, body.reason, new Date());
    return { status: 201, body: presentEntries([entry], access.space)[0] };
  },
});

/** The quarter's recognition board: contributors who opted in, with their points and rewards. */
export const recognitionGet = defineEndpoint({
  name: 'recognition-get',
  method: 'GET',
  route: 'spaces/{spaceId}/recognition/{quarter}',
  access: { space: 'opportunities.manage' },
  params: QuarterParams,
  async run({ access, params, services }) {
    return { body: await getRecognition(services.store, access, params.quarter) };
  },
});

/** A manager marks a contributor's reward for the quarter as given (once). */
export const recognitionRewardCreate = defineEndpoint({
  name: 'recognition-reward-create',
  method: 'POST',
  route: 'spaces/{spaceId}/recognition/{quarter}/rewards',
  access: { space: 'opportunities.manage' },
  params: QuarterParams,
  body: RewardGivenBody,
  async run({ access, params, body, services }) {
    await giveReward(services.store, access, params.quarter, body.contributorId, body.note, new Date());
    return { status: 201, body: await getRecognition(services.store, access, params.quarter) };
  },
});

/** The personal tab: what waits for me and what I passed on, in every team. */
export const myOpportunitiesList = defineEndpoint({
  name: 'my-opportunities-list',
  method: 'GET',
  route: 'me/opportunities',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyOpportunities(services.store, principal) };
  },
});
