import { meeting } from '@microsoft/teams-js';
import { useCallback, useEffect, useState } from 'react';
import { useTeams } from './context';

/** Whether this tab may share to the meeting stage; `checking` until the host answers. */
export type StageSharingState = 'checking' | 'available' | 'unavailable';

const SHARING_FRAMES = new Set(['sidePanel', 'meetingStage']);

/** A refused or failed share to the meeting stage. */
export class StageShareError extends Error {}

/**
 * Meeting stage sharing from the side panel: asks the host once whether this app may share
 * (`getAppContentStageSharingCapabilities`) and offers `share(url)`.
 */
export function useStageSharing(): { state: StageSharingState; share: (url: string) => Promise<void> } {
  const { info } = useTeams();
  const possible = info.inTeams && SHARING_FRAMES.has(info.frameContext);
  const [state, setState] = useState<StageSharingState>(possible ? 'checking' : 'unavailable');

  useEffect(() => {
    if (!possible) return;
    let active = true;
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        if (active) setState(!error && capabilities?.doesAppHaveSharePermission ? 'available' : 'unavailable');
      });
    } catch {
      setState('unavailable');
    }
    return () => {
      active = false;
    };
  }, [possible]);

  const share = useCallback(
    (url: string) =>
      new Promise<void>((resolve, reject) => {
        try {
          meeting.shareAppContentToStage((error) => {
            if (error) reject(new StageShareError(error.message ?? `Sharing failed (${error.errorCode}).`));
            else resolve();
          }, url);
        } catch (error) {
          reject(new StageShareError(error instanceof Error ? error.message : 'Sharing is not possible here.'));
        }
      }),
    [],
  );

  return { state, share };
}
