import {
  BarrierAgendaBody,
  BarrierConfirmationBody,
  type BarrierResponse,
  BarrierStatusBody,
  CreateBarrierBody,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import { buildMeetingBody } from './meeting-samples.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A barrier as a rep raises it in the short form: a category and what blocks them. */
export function buildBarrierBody(overrides: Partial<CreateBarrierBody> = {}): CreateBarrierBody {
  return {
    category: 'pricingApproval',
    text: 'Discounts above 10% wait a week for approval',
    impact: 'Contoso signs this quarter only with 12%.',
    urgency: 'high',
    visibility: 'private',
    ...overrides,
  };
}

async function ok<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** Alex raises a barrier in the space under test (private unless said otherwise). */
export async function raiseAsAlex(ctx: PrepareContext, overrides: Partial<CreateBarrierBody> = {}) {
  const alex = await tokenFor(ctx.host, 'u-alex');
  return ok<BarrierResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/barriers`, { token: alex, body: buildBarrierBody(overrides) }),
  );
}

const alexPrivate = async (ctx: PrepareContext): Promise<Prepared> => {
  const barrier = await raiseAsAlex(ctx);
  return { params: { barrierId: barrier.id }, etag: barrier.etag };
};

/** Alex's private barrier, removed by the manager: waiting for Alex to confirm. */
const alexRemoved = async (ctx: PrepareContext): Promise<Prepared> => {
  const barrier = await raiseAsAlex(ctx);
  const removed = await ok<BarrierResponse>(
    api(ctx.host, 'PUT', `/api/spaces/${ctx.spaceId}/barriers/${barrier.id}/status`, {
      token: ctx.token,
      body: { status: 'removed', note: 'Approved up to 15% for this quarter.' },
      headers: { 'if-match': barrier.etag },
    }),
  );
  return { params: { barrierId: barrier.id }, etag: removed.etag };
};

/** Alex's team-visible barrier and a draft meeting to discuss it in. */
const sharedAndMeeting = async (ctx: PrepareContext): Promise<Prepared> => {
  const barrier = await raiseAsAlex(ctx, { visibility: 'team' });
  const meeting = await ok<{ meeting: { id: string } }>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/meetings`, { token: ctx.token, body: buildMeetingBody() }),
  );
  return { params: { barrierId: barrier.id, meetingId: meeting.meeting.id } };
};

export const BARRIER_SAMPLES: Record<string, RouteSample> = {
  'barriers-list': {},
  'barriers-create': { schema: CreateBarrierBody, body: () => buildBarrierBody() },
  'barriers-get': { prepare: alexPrivate },
  'barrier-status-put': {
    schema: BarrierStatusBody,
    body: () => ({ status: 'inProgress', note: 'Asking finance today.' }),
    ifMatch: true,
    prepare: alexPrivate,
  },
  'barrier-confirmation-post': {
    schema: BarrierConfirmationBody,
    body: () => ({ action: 'confirm' }),
    ifMatch: true,
    prepare: alexRemoved,
  },
  'barrier-board-get': {},
  'barrier-agenda-items-create': { schema: BarrierAgendaBody, body: () => ({}), prepare: sharedAndMeeting },
  'my-barriers-list': {},
};
