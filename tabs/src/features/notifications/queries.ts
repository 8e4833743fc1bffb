import type { InboxResponse, NoticeKind, NotificationSettingsResponse } from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotificationsApi } from './notificationsApi';

export const notificationKeys = {
  inbox: () => ['notifications', 'inbox'] as const,
  settings: () => ['notifications', 'settings'] as const,
};

/** How often the inbox looks for new notices while the tab is open. */
export const INBOX_POLL_MS = 30_000;

export function useInbox() {
  const api = useNotificationsApi();
  return useQuery({ queryKey: notificationKeys.inbox(), queryFn: () => api.inbox(), refetchInterval: INBOX_POLL_MS });
}

/** Marks a notice read; the inbox shows it read at once. */
export function useMarkRead() {
  const api = useNotificationsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeId: string) => api.markRead(noticeId),
    onSuccess: (item) => {
      queryClient.setQueryData<InboxResponse>(notificationKeys.inbox(), (current) => {
        if (!current) return current;
        const items = current.items.map((i) => (i.id === item.id ? item : i));
        return { items, unread: items.filter((i) => !i.readAt).length };
      });
    },
  });
}

export function useNotificationSettings(enabled: boolean) {
  const api = useNotificationsApi();
  return useQuery({ queryKey: notificationKeys.settings(), queryFn: () => api.settings(), enabled });
}

export function useSaveNotificationSettings() {
  const api = useNotificationsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ spaceId, muted }: { spaceId: string; muted: NoticeKind[] }) => api.saveSettings(spaceId, muted),
    onSuccess: (saved) => {
      queryClient.setQueryData<NotificationSettingsResponse>(notificationKeys.settings(), (current) => {
        const others = (current?.spaces ?? []).filter((s) => s.spaceId !== saved.spaceId);
        return { spaces: saved.muted.length > 0 ? [...others, saved] : others };
      });
    },
  });
}
