import {
  AddPeopleResponse,
  AgendaResponse,
  CaptureListResponse,
  CaptureResponse,
  DigestResponse,
  MeetingListResponse,
  MeetingStateResponse,
  MyActionListResponse,
  OccurrenceGuestView,
  OccurrenceResponse,
  RecapResponse,
  MeResponse,
  MemberListResponse,
  ProblemResponse,
  Role,
  SpaceListResponse,
  SpaceResponse,
  type AddPeopleBody,
  type CreateAgendaItemBody,
  type CreateCaptureBody,
  type CreateMeetingBody,
  type CreateSpaceBody,
  type FieldIssue,
  type MemberResponse,
  type OccurrenceBody,
  type RunMeetingBody,
  type SetupOccurrenceBody,
  type TeamsBinding,
  type UpdateAgendaItemBody,
} from '@coachboard/api/domain';
import { z } from 'zod';

/** Codes the client itself uses when there is no problem+json answer to read. */
export type ClientErrorCode = 'network_error' | 'token_unavailable' | 'invalid_response' | 'http_error';

/** A failed API call: the server's problem+json, or a stand-in the client made when there was none. */
export class ApiError extends Error {
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** The problem's stable `code` (`not_found`, `precondition_failed`, …) or a {@link ClientErrorCode}. */
  readonly code: string;
  readonly detail: string | undefined;
  readonly issues: readonly FieldIssue[];
  /** The whole problem+json body, for problems that carry more (a board card's 412 has `current`). */
  readonly body: unknown;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string;
    issues?: FieldIssue[];
    body?: unknown;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.issues = init.issues ?? [];
    this.body = init.body;
  }
}

/** A demo user of the local sign-in (dev mode only; not part of the domain contract). */
export const DevUser = z.object({
  tenantId: z.string(),
  userId: z.string(),
  name: z.string(),
  demoRole: Role.nullable(),
  title: z.string(),
});
export type DevUser = z.infer<typeof DevUser>;
/** `GET /api/dev/users`. */
export const DevUserListResponse = z.object({ items: z.array(DevUser) });
/** `POST /api/dev/token`: a bearer token for a demo user. */
export const DevTokenResponse = z.object({ token: z.string().min(1), expiresInSec: z.number().int().positive() });
export type DevTokenResponse = z.infer<typeof DevTokenResponse>;

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Bearer token source: Teams SSO in Teams, the local session outside. */
  getToken: () => Promise<string>;
  /** Prefix of every path; empty when the API is on the page's own origin. */
  baseUrl?: string;
  /** Called when the API or the token source says the user is not (or no longer) signed in. */
  onUnauthorized?: () => void;
}

interface RequestOptions {
  body?: unknown;
  ifMatch?: string;
  /** Sent as `If-None-Match`; a 304 answer is then returned, not thrown. */
  ifNoneMatch?: string;
  /** False for the anonymous endpoints (local sign-in). */
  auth?: boolean;
}

const segment = encodeURIComponent;

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response).catch(() => undefined);
  const problem = ProblemResponse.safeParse(body);
  if (problem.success) {
    const { status, code, title, detail, issues } = problem.data;
    return new ApiError({ status, code, title, body, ...(detail ? { detail } : {}), ...(issues ? { issues } : {}) });
  }
  return new ApiError({ status: response.status, code: 'http_error', title: `HTTP ${response.status}` });
}

/** The one typed client of the Coachboard API: token, request, schema-checked answers, typed errors. */
export function createApiClient({ getToken, baseUrl = '', onUnauthorized }: ApiClientOptions) {
  async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.auth !== false) {
      let token: string;
      try {
        token = await getToken();
      } catch {
        onUnauthorized?.();
        throw new ApiError({ status: 401, code: 'token_unavailable', title: 'Sign-in required.' });
      }
      headers.authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
    if (options.ifNoneMatch !== undefined) headers['if-none-match'] = options.ifNoneMatch;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${path}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch {
      throw new ApiError({ status: 0, code: 'network_error', title: 'The service could not be reached.' });
    }
    if (!response.ok && !(response.status === 304 && options.ifNoneMatch !== undefined)) {
      const error = await toApiError(response);
      if (error.status === 401) onUnauthorized?.();
      throw error;
    }
    return response;
  }

  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<z.infer<S>> {
    const response = await send(method, path, options);
    const parsed = schema.safeParse(await readJson(response).catch(() => undefined));
    if (!parsed.success) {
      throw new ApiError({
        status: response.status,
        code: 'invalid_response',
        title: 'The service gave an answer this version of the app does not understand.',
      });
    }
    return parsed.data;
  }

  /**
   * A schema-checked call that also returns the answer's ETag; `data` is null on 304 (the caller's
   * `ifNoneMatch` is still current). Board endpoints (features/boards/boardsApi.ts) are built on it.
   */
  async function exchange<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<{ data: z.infer<S> | null; etag: string | null; serverTime: number }> {
    const response = await send(method, path, options);
    const etag = response.headers.get('etag');
    // The live-state endpoints send their clock (`x-server-time`), also on 304, for the clock offset.
    const serverTime = Number(response.headers.get('x-server-time') ?? Number.NaN);
    if (response.status === 304) return { data: null, etag: etag ?? options.ifNoneMatch ?? null, serverTime };
    const parsed = schema.safeParse(await readJson(response).catch(() => undefined));
    if (!parsed.success) {
      throw new ApiError({
        status: response.status,
        code: 'invalid_response',
        title: 'The service gave an answer this version of the app does not understand.',
      });
    }
    return { data: parsed.data, etag, serverTime };
  }

  return {
    exchange,
    /** The signed-in person as the API sees them. */
    me: () => call(MeResponse, 'GET', 'me'),
    /** Every space the signed-in person belongs to. */
    listMySpaces: async () => (await call(SpaceListResponse, 'GET', 'spaces')).items,
    getSpace: (spaceId: string) => call(SpaceResponse, 'GET', `spaces/${segment(spaceId)}`),
    createSpace: (body: CreateSpaceBody) => call(SpaceResponse, 'POST', 'spaces', { body }),
    /** Renames a space; `etag` is the version the user edited (412 when someone changed it since). */
    renameSpace: (spaceId: string, name: string, etag: string) =>
      call(SpaceResponse, 'PATCH', `spaces/${segment(spaceId)}`, { body: { name }, ifMatch: etag }),
    bindSpace: (spaceId: string, binding: TeamsBinding) =>
      call(SpaceResponse, 'POST', `spaces/${segment(spaceId)}/bindings`, { body: { binding } }),
    listMembers: async (spaceId: string): Promise<MemberResponse[]> =>
      (await call(MemberListResponse, 'GET', `spaces/${segment(spaceId)}/members`)).items,
    /** Adds several people at once (the people picker's pick); people already in the space are left as they are. */
    addPeople: (spaceId: string, body: AddPeopleBody): Promise<AddPeopleResponse> =>
      call(AddPeopleResponse, 'POST', `spaces/${segment(spaceId)}/members`, { body }),
    changeRole: async (spaceId: string, userId: string, role: Role): Promise<MemberResponse[]> =>
      (
        await call(MemberListResponse, 'PATCH', `spaces/${segment(spaceId)}/members/${segment(userId)}`, {
          body: { role },
        })
      ).items,
    removeMember: async (spaceId: string, userId: string): Promise<void> => {
      await send('DELETE', `spaces/${segment(spaceId)}/members/${segment(userId)}`, {});
    },
    /** Meetings of a space, or the one a Teams meeting is linked to (`teamsMeetingId`). */
    listMeetings: async (spaceId: string, teamsMeetingId?: string) =>
      (
        await call(
          MeetingListResponse,
          'GET',
          `spaces/${segment(spaceId)}/meetings${teamsMeetingId ? `?teamsMeetingId=${segment(teamsMeetingId)}` : ''}`,
        )
      ).items,
    /** The sales meeting of the Teams meeting occurrence a tab is open in (created from the series on first open). */
    openOccurrence: (spaceId: string, body: OccurrenceBody) =>
      call(OccurrenceResponse, 'POST', `spaces/${segment(spaceId)}/meeting-occurrences`, { body }),
    /** The read-only view of an occurrence for attendees who are not members of the team. */
    viewOccurrence: (spaceId: string, body: OccurrenceBody) =>
      call(OccurrenceGuestView, 'POST', `spaces/${segment(spaceId)}/meeting-occurrences/view`, { body }),
    /** Sets up the agenda of a series' first occurrence. */
    setupOccurrence: (spaceId: string, body: SetupOccurrenceBody) =>
      call(OccurrenceResponse, 'POST', `spaces/${segment(spaceId)}/meeting-occurrences/setup`, { body }),
    createMeeting: (spaceId: string, body: CreateMeetingBody) =>
      call(AgendaResponse, 'POST', `spaces/${segment(spaceId)}/meetings`, { body }),
    /** A meeting with its agenda and the linter's findings. */
    getAgenda: (spaceId: string, meetingId: string) =>
      call(AgendaResponse, 'GET', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}`),
    /** A draft for next week that starts from this meeting's agenda. */
    startNextWeek: (spaceId: string, meetingId: string) =>
      call(AgendaResponse, 'POST', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/next-week`),
    addAgendaItem: (spaceId: string, meetingId: string, body: CreateAgendaItemBody) =>
      call(AgendaResponse, 'POST', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/items`, { body }),
    /** Edits an item (`inDigest: true` moves it to the pre-read); 412 when it changed since `etag`. */
    updateAgendaItem: (spaceId: string, meetingId: string, itemId: string, body: UpdateAgendaItemBody, etag: string) =>
      call(
        AgendaResponse,
        'PATCH',
        `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/items/${segment(itemId)}`,
        {
          body,
          ifMatch: etag,
        },
      ),
    deleteAgendaItem: (spaceId: string, meetingId: string, itemId: string, etag: string) =>
      call(
        AgendaResponse,
        'DELETE',
        `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/items/${segment(itemId)}`,
        {
          ifMatch: etag,
        },
      ),
    /** "Needs the room": keeps the item's line in the team's meetings, unflagged (false: flag it again). */
    markNeedsTheRoom: (spaceId: string, meetingId: string, itemId: string, needsTheRoom: boolean) =>
      call(
        AgendaResponse,
        'POST',
        `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/items/${segment(itemId)}/needs-the-room`,
        { body: { needsTheRoom } },
      ),
    /** Puts an item after another one (null: first). */
    moveAgendaItem: (spaceId: string, meetingId: string, itemId: string, afterItemId: string | null) =>
      call(
        AgendaResponse,
        'POST',
        `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/items/${segment(itemId)}/move`,
        { body: { afterItemId } },
      ),
    getDigest: (spaceId: string, meetingId: string) =>
      call(DigestResponse, 'GET', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/digest`),
    acknowledgeDigest: (spaceId: string, meetingId: string) =>
      call(DigestResponse, 'POST', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/digest/ack`),
    /**
     * The live state of a meeting, polled: with `etag`, an unchanged state answers `data: null` (304).
     * `serverTime` is the server clock of the answer (`x-server-time`), NaN when absent.
     */
    getMeetingState: (spaceId: string, meetingId: string, etag?: string) =>
      exchange(
        MeetingStateResponse,
        'GET',
        `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/state`,
        etag !== undefined ? { ifNoneMatch: etag } : {},
      ),
    /** Starts, advances, extends or ends a meeting; `etag` is the state the user saw (412 when moved since). */
    runMeeting: (spaceId: string, meetingId: string, body: RunMeetingBody, etag: string) =>
      call(MeetingStateResponse, 'POST', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/state`, {
        body,
        ifMatch: etag,
      }),
    listCaptures: async (spaceId: string, meetingId: string) =>
      (await call(CaptureListResponse, 'GET', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/captures`))
        .items,
    createCapture: (spaceId: string, meetingId: string, body: CreateCaptureBody) =>
      call(CaptureResponse, 'POST', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/captures`, { body }),
    /** Completes or reopens an action item. */
    setCaptureDone: (spaceId: string, captureId: string, done: boolean) =>
      call(CaptureResponse, 'PATCH', `spaces/${segment(spaceId)}/captures/${segment(captureId)}`, { body: { done } }),
    getRecap: (spaceId: string, meetingId: string) =>
      call(RecapResponse, 'GET', `spaces/${segment(spaceId)}/meetings/${segment(meetingId)}/recap`),
    /** My open and done action items across all my teams. */
    listMyActions: async () => (await call(MyActionListResponse, 'GET', 'me/actions')).items,
    /** Local sign-in: the demo users (dev mode only). */
    listDevUsers: async () => (await call(DevUserListResponse, 'GET', 'dev/users', { auth: false })).items,
    /** Local sign-in: a token for one demo user (dev mode only). */
    createDevToken: (userId: string) => call(DevTokenResponse, 'POST', 'dev/token', { body: { userId }, auth: false }),
  };
}

/** The API client's shape, for hooks and tests. */
export type ApiClient = ReturnType<typeof createApiClient>;
