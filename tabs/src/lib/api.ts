import {
  MeResponse,
  MemberListResponse,
  ProblemResponse,
  Role,
  SpaceListResponse,
  SpaceResponse,
  type CreateSpaceBody,
  type FieldIssue,
  type InviteMemberBody,
  type MemberResponse,
  type TeamsBinding,
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

  constructor(init: { status: number; code: string; title: string; detail?: string; issues?: FieldIssue[] }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.issues = init.issues ?? [];
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
  /** False for the anonymous endpoints (local sign-in). */
  auth?: boolean;
}

const segment = encodeURIComponent;

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
}

async function toApiError(response: Response): Promise<ApiError> {
  const problem = ProblemResponse.safeParse(await readJson(response).catch(() => undefined));
  if (problem.success) {
    const { status, code, title, detail, issues } = problem.data;
    return new ApiError({ status, code, title, ...(detail ? { detail } : {}), ...(issues ? { issues } : {}) });
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
    if (!response.ok) {
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

  return {
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
    inviteMember: async (spaceId: string, body: InviteMemberBody): Promise<MemberResponse[]> =>
      (await call(MemberListResponse, 'POST', `spaces/${segment(spaceId)}/members`, { body })).items,
    changeRole: async (spaceId: string, userId: string, role: Role): Promise<MemberResponse[]> =>
      (
        await call(MemberListResponse, 'PATCH', `spaces/${segment(spaceId)}/members/${segment(userId)}`, {
          body: { role },
        })
      ).items,
    removeMember: async (spaceId: string, userId: string): Promise<void> => {
      await send('DELETE', `spaces/${segment(spaceId)}/members/${segment(userId)}`, {});
    },
    /** Local sign-in: the demo users (dev mode only). */
    listDevUsers: async () => (await call(DevUserListResponse, 'GET', 'dev/users', { auth: false })).items,
    /** Local sign-in: a token for one demo user (dev mode only). */
    createDevToken: (userId: string) => call(DevTokenResponse, 'POST', 'dev/token', { body: { userId }, auth: false }),
  };
}

/** The API client's shape, for hooks and tests. */
export type ApiClient = ReturnType<typeof createApiClient>;
