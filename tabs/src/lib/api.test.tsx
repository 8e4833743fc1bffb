import { describe, expect, it, vi } from 'vitest';
import { buildMember, buildProblem, buildSpace, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { ApiError, createApiClient } from './api';

const client = (onUnauthorized?: () => void) =>
  createApiClient({ getToken: () => Promise.resolve('token-1'), ...(onUnauthorized ? { onUnauthorized } : {}) });

describe('API client', () => {
  it('sends the bearer token and returns answers checked against the contract', async () => {
    const requests = stubApi({ 'GET /api/spaces': { body: { items: [buildSpace()] } } });

    const spaces = await client().listMySpaces();

    expect(spaces).toEqual([buildSpace()]);
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('turns problem+json into a typed ApiError with status, code, detail and field issues', async () => {
    stubApi({
      [`POST /api/spaces/${SPACE_ID}/members`]: {
        status: 400,
        body: buildProblem(400, 'validation_failed', {
          detail: 'body.people.0.userId: must not be empty',
          issues: [{ field: 'body.people.0.userId', message: 'must not be empty' }],
        }),
      },
    });

    const error = await client()
      .addPeople(SPACE_ID, { people: [{ userId: 'x', name: 'X', role: 'rep' }] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'body.people.0.userId: must not be empty',
      issues: [{ field: 'body.people.0.userId', message: 'must not be empty' }],
    });
  });

  it('sends the etag the user saw as If-Match when renaming, and reports 412 as precondition_failed', async () => {
    const requests = stubApi({
      [`PATCH /api/spaces/${SPACE_ID}`]: { status: 412, body: buildProblem(412, 'precondition_failed') },
    });

    const error = await client()
      .renameSpace(SPACE_ID, 'New name', '"etag-1"')
      .catch((e: unknown) => e);

    expect(requests[0]?.headers.get('if-match')).toBe('"etag-1"');
    expect(requests[0]?.body).toEqual({ name: 'New name' });
    expect(error).toMatchObject({ status: 412, code: 'precondition_failed' });
  });

  it('rejects answers that do not match the contract', async () => {
    stubApi({ [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: [{ ...buildMember(), role: 'boss' }] } } });

    await expect(client().listMembers(SPACE_ID)).rejects.toMatchObject({ code: 'invalid_response', status: 200 });
  });

  it('reports an unreachable service as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(client().me()).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('maps a non-problem error body to http_error and tells the app when the user is signed out', async () => {
    const onUnauthorized = vi.fn();
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(client(onUnauthorized).me()).rejects.toMatchObject({ status: 502, code: 'http_error' });
    expect(onUnauthorized).not.toHaveBeenCalled();

    stubApi({ 'GET /api/me': { status: 401, body: buildProblem(401, 'unauthenticated') } });
    await expect(client(onUnauthorized).me()).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not send a token to the anonymous local sign-in endpoints', async () => {
    const getToken = vi.fn(() => Promise.resolve('never'));
    const requests = stubApi({ 'POST /api/dev/token': { status: 201, body: { token: 'abc', expiresInSec: 3600 } } });

    const issued = await createApiClient({ getToken }).createDevToken('u-alex');

    expect(issued).toEqual({ token: 'abc', expiresInSec: 3600 });
    expect(getToken).not.toHaveBeenCalled();
    expect(requests[0]?.headers.has('authorization')).toBe(false);
    expect(requests[0]?.body).toEqual({ userId: 'u-alex' });
  });
});
