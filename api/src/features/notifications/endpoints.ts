import { z } from 'zod';
import { Id } from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { listInbox, markNoticeRead } from './queries.js';

export const inboxList = defineEndpoint({
  name: 'inbox-list',
  method: 'GET',
  route: 'me/inbox',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listInbox(services.store, principal) };
  },
});

export const inboxRead = defineEndpoint({
  name: 'inbox-read',
  method: 'POST',
  route: 'me/inbox/{noticeId}/read',
  access: 'self',
  params: z.strictObject({ noticeId: Id }),
  async run({ principal, params, services }) {
    return { body: await markNoticeRead(services.store, principal, params.noticeId) };
  },
});
