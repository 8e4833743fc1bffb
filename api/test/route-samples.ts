import { z } from 'zod';
import type { DevHost } from '../src/devhost/server.js';
import {
  AddBindingBody,
  AddMembersBody,
  ChangeRoleBody,
  CreateSpaceBody,
  Id,
  RemoveBindingBody,
  RenameSpaceBody,
  NotificationSettingsBody,
} from '../src/domain/index.js';
import type { Route } from '../src/http/handle.js';
import { AGREEMENT_SAMPLES } from './agreement-samples.js';
import { BARRIER_SAMPLES } from './barrier-samples.js';
import { BOARD_SAMPLES } from './board-samples.js';
import { COACHING_SAMPLES } from './coaching-samples.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api } from './helpers.js';
import { HIRING_SAMPLES } from './hiring-samples.js';
import { LESSON_SAMPLES } from './lesson-samples.js';
import { MEETING_SAMPLES } from './meeting-samples.js';
import { OBSERVATION_SAMPLES } from './observation-samples.js';
import { OCCURRENCE_SAMPLES } from './occurrence-samples.js';
import { OPPORTUNITY_SAMPLES } from './opportunity-samples.js';
import { PRACTICE_SAMPLES } from './practice-samples.js';
import { ROLEPLAY_SAMPLES } from './roleplay-samples.js';
import { WINLOSS_SAMPLES } from './winloss-samples.js';

/** What the suites that walk the whole route table need to know about one route. */
export interface RouteSample {
  /** The body schema when the route takes one, so junk that happens to be valid can be told apart. */
  schema?: z.ZodType;
  /** A valid body for a manager of the space in the path. */
  body?: () => unknown;
  /** Whether the route needs `If-Match`. */
  ifMatch?: boolean;
  /**
   * Creates what the route acts on (a meeting, an item, …) in a fresh space, as its manager, and
   * returns the path parameters besides `spaceId`, and the etag to send when `ifMatch` is set.
   */
  prepare?: (ctx: PrepareContext) => Promise<Prepared>;
}

/** What `prepare` gets: the host, a manager's token and the space under test. */
export interface PrepareContext {
  host: DevHost;
  token: string;
  spaceId: string;
}

export interface Prepared {
  params: Record<string, string>;
  etag?: string;
}

/** The chat the unbind sample binds first and then unbinds. */
const UNBIND_SAMPLE = { kind: 'chat', chatId: 'chat-unbind-sample' } as const;

/**
 * One entry per route of the table, keyed by route name. Suites check that the keys equal the
 * table's names, so a new route fails them until it is described here.
 */
export const ROUTE_SAMPLES: Record<string, RouteSample> = {
  'health-get': {},
  'me-get': {},
  'inbox-list': {},
  'inbox-read': {},
  'notification-settings-list': {},
  'notification-settings-put': {
    schema: NotificationSettingsBody,
    body: () => ({ muted: ['actionAssigned'] }),
  },
  'dev-users-list': {},
  'dev-token-create': { schema: z.strictObject({ userId: Id }), body: () => ({ userId: 'u-alex' }) },
  'spaces-list': {},
  'spaces-create': { schema: CreateSpaceBody, body: () => buildSpaceBody() },
  'spaces-get': {},
  'spaces-rename': { schema: RenameSpaceBody, body: () => ({ name: `Renamed ${uniqueId('n')}` }), ifMatch: true },
  'spaces-bind': { schema: AddBindingBody, body: () => ({ binding: { kind: 'chat', chatId: uniqueId('chat') } }) },
  'spaces-unbind': {
    schema: RemoveBindingBody,
    body: () => ({ binding: UNBIND_SAMPLE }),
    ifMatch: true,
    prepare: async ({ host, token, spaceId }) => {
      const res = await api(host, 'POST', `/api/spaces/${spaceId}/bindings`, {
        token,
        body: { binding: UNBIND_SAMPLE },
      });
      return { params: {}, etag: String(res.headers.etag) };
    },
  },
  'spaces-archive': { ifMatch: true },
  'spaces-restore': {
    ifMatch: true,
    prepare: async ({ host, token, spaceId }) => {
      const space = await api(host, 'GET', `/api/spaces/${spaceId}`, { token });
      const res = await api(host, 'POST', `/api/spaces/${spaceId}/archive`, {
        token,
        headers: { 'if-match': String(space.headers.etag) },
      });
      return { params: {}, etag: String(res.headers.etag) };
    },
  },
  'members-list': {},
  'members-invite': { schema: AddMembersBody, body: () => buildInviteBody() },
  'members-change-role': { schema: ChangeRoleBody, body: () => ({ role: 'contributor' }) },
  'members-remove': {},
  ...MEETING_SAMPLES,
  ...OCCURRENCE_SAMPLES,
  ...PRACTICE_SAMPLES,
  ...BOARD_SAMPLES,
  ...ROLEPLAY_SAMPLES,
  ...OBSERVATION_SAMPLES,
  ...COACHING_SAMPLES,
  ...WINLOSS_SAMPLES,
  ...AGREEMENT_SAMPLES,
  ...LESSON_SAMPLES,
  ...OPPORTUNITY_SAMPLES,
  ...BARRIER_SAMPLES,
  ...HIRING_SAMPLES,
};

/**
 * The path of `route` under `/api` with its parameters filled in. A parameter not given gets a
 * well-formed id that names nothing, so the request still reaches body validation.
 */
export function pathFor(route: Route, params: Record<string, string>): string {
  return `/api/${route.route}`.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? 'no-such-id'),
  );
}

/** The one method a table route takes (the table gives each route exactly one). */
export function methodOf(route: Route): string {
  const [method] = route.methods;
  if (!method || route.methods.length !== 1) throw new Error(`${route.name} should take exactly one method`);
  return method;
}
