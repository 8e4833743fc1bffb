import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/** Only failures that may pass by themselves are retried: no answer, or a server-side error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return error instanceof ApiError ? error.status === 0 || error.status >= 500 : false;
}

/** The app's query client: one per signed-in user, never shared between users. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
