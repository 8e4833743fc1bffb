import type { MessageId } from '../i18n/en';
import { ApiError } from './api';

/** The user-facing explanation of a failed call, and whether trying again can help. */
export interface ErrorText {
  body: MessageId;
  canRetry: boolean;
}

/** Explains an error in words the user can act on. */
export function describeError(error: unknown, inTeams: boolean): ErrorText {
  if (!(error instanceof ApiError)) return { body: 'error.unknown', canRetry: true };
  if (error.status === 401) return { body: inTeams ? 'error.signIn.teams' : 'error.signIn.local', canRetry: false };
  if (error.status === 403) return { body: 'error.forbidden', canRetry: false };
  if (error.status === 404) return { body: 'error.notMember', canRetry: false };
  if (error.status === 0) return { body: 'error.network', canRetry: true };
  if (error.code === 'archived') return { body: 'error.archived', canRetry: false };
  if (error.status === 412) return { body: 'error.stale', canRetry: true };
  if (error.code === 'invalid_response') return { body: 'error.invalidResponse', canRetry: false };
  if (error.status >= 500) return { body: 'error.server', canRetry: true };
  return { body: 'error.unknown', canRetry: true };
}

/**
 * Whether the tab as a whole cannot work (the host is then told through `notifyFailure`); errors
 * the page explains with a way forward, such as "not a member", count as a usable screen.
 */
export function isFatal(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 401 || error.status >= 500 || error.code === 'invalid_response';
}
