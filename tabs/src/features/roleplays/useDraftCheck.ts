import type { RoleplayDraftBody } from '@coachboard/api/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DraftFinding } from './feedbackForm';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** How long the writer pauses before their draft is checked. */
export const DRAFT_CHECK_DELAY_MS = 400;

/** `value` once it has stopped changing for `delayMs`, compared by content (drafts are rebuilt each render). */
function useSettledValue<T>(value: T, delayMs: number): { value: T; settled: boolean } {
  const text = JSON.stringify(value);
  const [settled, setSettled] = useState({ text, value });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ text, value }), delayMs);
    return () => clearTimeout(timer);
    // `text` stands for `value`'s content; a new object with the same content is no change.
  }, [text, delayMs]);
  return { value: settled.value, settled: settled.text === text };
}

/**
 * The wording check of a draft (feedback, self-assessment or coaching question), asked of the API
 * once the writer pauses. Nothing is stored; the findings of the last check stay shown while the
 * next one runs. Off until `enabled` (an untouched form is not told what it lacks).
 */
export function useDraftCheck(spaceId: string, draft: RoleplayDraftBody, enabled: boolean) {
  const api = useRoleplaysApi();
  const { value: settled, settled: upToDate } = useSettledValue(draft, DRAFT_CHECK_DELAY_MS);
  const query = useQuery({
    queryKey: [...roleplayKeys.all, 'draftCheck', spaceId, settled] as const,
    queryFn: () => api.checkDraft(spaceId, settled),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const findings: readonly DraftFinding[] = enabled ? (query.data?.findings ?? []) : [];
  return { findings, checking: enabled && (query.isFetching || !upToDate) };
}
