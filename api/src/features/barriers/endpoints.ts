import {
  BarrierAgendaBody,
  BarrierConfirmationBody,
  BarrierMeetingParams,
  BarrierParams,
  BarrierStatusBody,
  CreateBarrierBody,
  SpaceParams,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { presentItem } from '../meetings/index.js';
import { readVisibleBarrier, viewerOf } from './access.js';
import { addBarrierToAgenda, answerBarrier, changeBarrierStatus, createBarrier } from './commands.js';
import { notifyBarrierClosed, notifyBarrierRaised } from './notices.js';
import { presentBarrier } from './present.js';
import { getBarrierBoard, listBarriers, listMyBarriers } from './queries.js';

const BARRIER = 'spaces/{spaceId}/barriers/{barrierId}';

/** The barriers the caller may see: a manager all of them, anyone else their own and team-visible ones. */
export const barriersList = defineEndpoint({
  name: 'barriers-list',
  method: 'GET',
  route: 'spaces/{spaceId}/barriers',
  access: { space: 'barriers.read' },
  params: SpaceParams,
  async run({ access, services }) {
    const items = await listBarriers(services.store, access);
    return { body: { items: items.map((b) => presentBarrier(b, access.space, viewerOf(access, b))) } };
  },
});

/** Raises a barrier; the space's managers are told. */
export const barriersCreate = defineEndpoint({
  name: 'barriers-create',
  method: 'POST',
  route: 'spaces/{spaceId}/barriers',
  access: { space: 'barriers.raise' },
  params: SpaceParams,
  body: CreateBarrierBody,
  async run({ access, principal, body, services }) {
    const barrier = await createBarrier(services.store, access, body, Date.now());
    await notifyBarrierRaised(services, principal, access, barrier);
    return {
      status: 201,
      body: presentBarrier(barrier, access.space, viewerOf(access, barrier)),
      etag: barrier._etag,
      headers: { location: `/api/spaces/${access.space.spaceId}/barriers/${barrier.barrierId}` },
    };
  },
});

/** One barrier: a private one only for its raiser and the managers (anyone else: 404 naming nothing). */
export const barriersGet = defineEndpoint({
  name: 'barriers-get',
  method: 'GET',
  route: BARRIER,
  access: { space: 'barriers.read' },
  params: BarrierParams,
  async run({ access, params, services }) {
    const { barrier, viewer } = await readVisibleBarrier(services.store, access, params.barrierId);
    return { body: presentBarrier(barrier, access.space, viewer), etag: barrier._etag };
  },
});

/** A manager moves the barrier on (in progress, removed with links, won't fix with a reason); `If-Match` required. */
export const barrierStatusPut = defineEndpoint({
  name: 'barrier-status-put',
  method: 'PUT',
  route: `${BARRIER}/status`,
  access: { space: 'barriers.manage' },
  params: BarrierParams,
  body: BarrierStatusBody,
  ifMatch: 'required',
  async run({ access, principal, params, body, ifMatch, services }) {
    const barrier = await changeBarrierStatus(services.store, access, params.barrierId, body, ifMatch, Date.now());
    if (barrier.status === 'removed' || barrier.status === 'wontFix') {
      await notifyBarrierClosed(services, principal, access, barrier);
    }
    return { body: presentBarrier(barrier, access.space, viewerOf(access, barrier)), etag: barrier._etag };
  },
});

/** The raiser confirms the removal or reopens the barrier; `If-Match` required. */
export const barrierConfirmationPost = defineEndpoint({
  name: 'barrier-confirmation-post',
  method: 'POST',
  route: `${BARRIER}/confirmation`,
  access: { space: 'barriers.raise' },
  params: BarrierParams,
  body: BarrierConfirmationBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const barrier = await answerBarrier(services.store, access, params.barrierId, body, ifMatch, Date.now());
    return { body: presentBarrier(barrier, access.space, viewerOf(access, barrier)), etag: barrier._etag };
  },
});

/** The managers' board: open barriers oldest first, and the space's median time to remove and its trend. */
export const barrierBoardGet = defineEndpoint({
  name: 'barrier-board-get',
  method: 'GET',
  route: 'spaces/{spaceId}/barrier-board',
  access: { space: 'barriers.manage' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: await getBarrierBoard(services.store, access, Date.now()) };
  },
});

/** Puts a team-visible barrier on a sales meeting's agenda as an item linked to it. */
export const barrierAgendaItemsCreate = defineEndpoint({
  name: 'barrier-agenda-items-create',
  method: 'POST',
  route: `${BARRIER}/meetings/{meetingId}/agenda-items`,
  access: { space: 'barriers.manage' },
  params: BarrierMeetingParams,
  body: BarrierAgendaBody,
  async run({ access, params, body, services }) {
    const item = await addBarrierToAgenda(services.store, access, params.barrierId, params.meetingId, body);
    return { status: 201, body: presentItem(item, access.space) };
  },
});

/** The caller's own barriers across their teams, and the open ones of teams they manage. */
export const myBarriersList = defineEndpoint({
  name: 'my-barriers-list',
  method: 'GET',
  route: 'me/barriers',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyBarriers(services.store, principal) };
  },
});
