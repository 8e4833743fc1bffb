import type { SpaceAccess } from '../../auth/policy.js';
import {
  type CreditsResponse,
  Forbidden,
  ledgerBalance,
  type MyOpportunitiesResponse,
  OPPORTUNITY_LIMITS,
  type OpportunityListView,
  type Principal,
  type Quarter,
  type RecognitionResponse,
} from '../../domain/index.js';
import type { DocumentStore, Page, Scalar } from '../../store/port.js';
import { listMySpaces, nameOf } from '../spaces/index.js';
import { isManager } from './access.js';
import { getOptIn, getPoints, listEntriesOf, quarterEntries } from './credits.js';
import type { OpportunityDoc, StoredOpportunity } from './model.js';
import { presentEntries, presentOpportunity } from './present.js';

/** The filter of each list: one indexed, equality-filtered query per page, whatever the space holds. */
function filterOf(access: SpaceAccess, view: OpportunityListView): Record<string, Scalar> {
  const me = access.member.userId;
  if (view === 'mine') return { contributorId: me };
  if (view === 'assigned') return { assigneeId: me, open: true };
  if (!isManager(access)) throw new Forbidden('Only the team’s managers see every opportunity.');
  if (view === 'triage') return { triage: true };
  if (view === 'pending') return { creditPending: true };
  return {};
}

/** One page of a list, newest first; `cursor` continues it. */
export async function listOpportunities(
  store: DocumentStore,
  access: SpaceAccess,
  view: OpportunityListView,
  cursor: string | undefined,
): Promise<Page<StoredOpportunity>> {
  return store.query<OpportunityDoc>(access.space.pk, {
    type: 'opportunity',
    where: filterOf(access, view),
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: OPPORTUNITY_LIMITS.pageSize,
    ...(cursor ? { continuation: cursor } : {}),
  });
}

/** The caller's balance and history in the space, the space's points, and their recognition choice. */
export async function getCredits(store: DocumentStore, access: SpaceAccess): Promise<CreditsResponse> {
  const pk = access.space.pk;
  const me = access.member.userId;
  const [entries, points, optIn] = await Promise.all([
    listEntriesOf(store, pk, me),
    getPoints(store, pk),
    getOptIn(store, pk, me),
  ]);
  return { balance: ledgerBalance(entries), entries: presentEntries(entries, access.space), points, optIn };
}

/**
 * The quarter's recognition board: points credited in the quarter per contributor, only for those who
 * opted in (the others are counted, not named), most points first.
 */
export async function getRecognition(
  store: DocumentStore,
  access: SpaceAccess,
  quarter: Quarter,
): Promise<RecognitionResponse> {
  const { entries, optedIn } = await quarterEntries(store, access.space.pk, quarter);
  const byPerson = new Map<string, { points: number; opportunities: Set<string>; rewardGivenAt: string | null }>();
  for (const e of entries) {
    const row = byPerson.get(e.contributorId) ?? { points: 0, opportunities: new Set(), rewardGivenAt: null };
    row.points += e.points;
    if (e.kind === 'credit' && e.opportunityId) row.opportunities.add(e.opportunityId);
    if (e.kind === 'reward') row.rewardGivenAt = e.at;
    byPerson.set(e.contributorId, row);
  }
  const rows = [...byPerson.entries()]
    .filter(([userId]) => optedIn.has(userId))
    .map(([userId, row]) => ({
      contributorId: userId,
      contributorName: nameOf(access.space, userId) ?? '',
      points: row.points,
      opportunities: row.opportunities.size,
      rewardGivenAt: row.rewardGivenAt,
    }))
    .sort((a, b) => b.points - a.points || a.contributorName.localeCompare(b.contributorName));
  return { quarter, rows, notShown: byPerson.size - rows.length };
}

/**
 * The personal tab's lists in every team: what waits for me (open ones routed to me, and as a manager
 * those waiting for triage) and the newest I passed on. Two or three queries per team.
 */
export async function listMyOpportunities(
  store: DocumentStore,
  principal: Principal,
): Promise<MyOpportunitiesResponse> {
  const waiting: MyOpportunitiesResponse['waiting'] = [];
  const mine: MyOpportunitiesResponse['mine'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const member = space.members.find((m) => m.userId === principal.userId);
    if (!member) continue;
    const access: SpaceAccess = { space, member };
    const views: OpportunityListView[] = isManager(access) ? ['assigned', 'triage', 'mine'] : ['assigned', 'mine'];
    const pages = await Promise.all(views.map((view) => listOpportunities(store, access, view, undefined)));
    pages.forEach((page, i) => {
      const list = views[i] === 'mine' ? mine : waiting;
      for (const o of page.items) list.push(presentOpportunity(o, space));
    });
  }
  const newest = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);
  return { waiting: waiting.sort(newest), mine: mine.sort(newest) };
}
