import { useEffect } from 'react';
import { isFatal } from '../lib/errors';
import { useTeams } from '../teams/context';

/**
 * Tells the Teams host once the first screen is usable: data shown, or an empty or error state
 * that says what to do. Errors that leave the tab unusable are reported as a failure instead.
 */
export function useLoadReport(loading: boolean, error: unknown): void {
  const { reportLoaded, reportLoadFailed } = useTeams();
  useEffect(() => {
    if (loading) return;
    if (error && isFatal(error)) reportLoadFailed(error instanceof Error ? error.message : 'Loading failed.');
    else reportLoaded();
  }, [loading, error, reportLoaded, reportLoadFailed]);
}
