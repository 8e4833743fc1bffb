import {
  InboxItem,
  InboxResponse,
  NotificationSettingsResponse,
  SpaceNotificationSettings,
  type NoticeKind,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

/** The inbox and notification settings endpoints, on the app's one API client. */
export function createNotificationsApi(api: ApiClient) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const { data } = await api.exchange(schema, method, path, body === undefined ? {} : { body });
    if (data === null)
      throw new ApiError({ status: 304, code: 'invalid_response', title: 'The service sent no answer.' });
    return data;
  }
  return {
    /** The signed-in person's newest notices and how many are unread. */
    inbox: () => call(InboxResponse, 'GET', 'me/inbox'),
    /** Marks one notice read (again changes nothing). */
    markRead: (noticeId: string) => call(InboxItem, 'POST', `me/inbox/${encodeURIComponent(noticeId)}/read`),
    /** The kinds muted per space (spaces with nothing muted are left out). */
    settings: () => call(NotificationSettingsResponse, 'GET', 'me/notification-settings'),
    /** Sets the kinds muted in one space. */
    saveSettings: (spaceId: string, muted: NoticeKind[]) =>
      call(SpaceNotificationSettings, 'PUT', `spaces/${encodeURIComponent(spaceId)}/notification-settings`, { muted }),
  };
}

export type NotificationsApi = ReturnType<typeof createNotificationsApi>;

export function useNotificationsApi(): NotificationsApi {
  const api = useApi();
  return useMemo(() => createNotificationsApi(api), [api]);
}
