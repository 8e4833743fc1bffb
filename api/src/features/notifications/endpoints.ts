import { z } from 'zod';
import { Id, NotificationSettingsBody } from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { listInbox, markNoticeRead } from './queries.js';
import { listNotificationSettings, putNotificationSettings } from './settings.js';

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

export const notificationSettingsList = defineEndpoint({
  name: 'notification-settings-list',
  method: 'GET',
  route: 'me/notification-settings',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listNotificationSettings(services.store, principal) };
  },
});

/** The kinds the caller mutes in one space: any member sets their own. */
export const notificationSettingsPut = defineEndpoint({
  name: 'notification-settings-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/notification-settings',
  access: { space: 'space.read' },
  params: z.strictObject({ spaceId: Id }),
  body: NotificationSettingsBody,
  async run({ principal, params, body, services }) {
    return { body: await putNotificationSettings(services.store, principal, params.spaceId, body.muted) };
  },
});
