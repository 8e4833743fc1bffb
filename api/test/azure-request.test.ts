import { HttpRequest, InvocationContext } from '@azure/functions';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import { buildRoutes } from '../src/http/routes.js';
import { startTestHost, tokenFor, type TestHost } from './helpers.js';

/**
 * The dev host hands handlers a light request object; Azure hands them its own HttpRequest and
 * InvocationContext. These tests run table routes with the real Azure classes to keep both in step.
 */
let t: TestHost;
let token: string;

beforeAll(async () => {
  t = await startTestHost();
  token = await tokenFor(t.host, 'u-megan');
});
afterAll(async () => {
  await t.close();
});

const route = (name: string) => {
  const found = buildRoutes(async () => t.host.services, { dev: true }).find((r) => r.name === name);
  if (!found) throw new Error(`no route ${name}`);
  return found;
};
const context = (name: string) =>
  new InvocationContext({ invocationId: 'test', functionName: name, logHandler: () => {} });

test('a GET with params, headers and a conditional etag runs under Azure’s HttpRequest', async () => {
  const request = new HttpRequest({
    method: 'GET',
    url: `http://localhost/api/spaces/${DEMO_SPACE_ID}`,
    headers: { authorization: `Bearer ${token}` },
    params: { spaceId: DEMO_SPACE_ID },
  });
  const res = await route('spaces-get').handler(request, context('spaces-get'));
  expect(res.status).toBe(200);
  expect(res.jsonBody).toMatchObject({ id: DEMO_SPACE_ID, name: 'Northwind Sales', myRole: 'manager' });
  const etag = (res.headers as Record<string, string>).etag ?? '';

  const again = new HttpRequest({
    method: 'GET',
    url: `http://localhost/api/spaces/${DEMO_SPACE_ID}`,
    headers: { authorization: `Bearer ${token}`, 'if-none-match': etag },
    params: { spaceId: DEMO_SPACE_ID },
  });
  expect((await route('spaces-get').handler(again, context('spaces-get'))).status).toBe(304);
});

test('a POST body and its validation errors work the same under Azure’s HttpRequest', async () => {
  const make = (body: string, type = 'application/json') =>
    new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/spaces',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: { string: body },
    });
  const created = await route('spaces-create').handler(make('{"name":"Azure-shaped team"}'), context('spaces-create'));
  expect(created.status).toBe(201);
  expect(created.jsonBody).toMatchObject({ name: 'Azure-shaped team', myRole: 'manager' });

  const invalid = await route('spaces-create').handler(make('{"name":""}'), context('spaces-create'));
  expect(invalid.status).toBe(400);
  expect(invalid.jsonBody).toMatchObject({ code: 'validation_failed', issues: [{ field: 'body.name' }] });
  const wrongType = await route('spaces-create').handler(make('name=x', 'text/plain'), context('spaces-create'));
  expect(wrongType.status).toBe(415);
});
