import { ApiError } from '../../lib/api';

/** A short reason for a failed save, from the API's problem answer when there is one. */
export function reasonOf(error: unknown): string {
  if (error instanceof ApiError) {
    const issue = error.issues[0];
    return issue ? `${issue.field}: ${issue.message}` : (error.detail ?? error.message);
  }
  return error instanceof Error ? error.message : String(error);
}
