import { pages } from '@microsoft/teams-js';
import { useEffect, useRef } from 'react';
import { useTeams } from './context';

/** What a configurable tab stores in Teams when the user presses Save. */
export interface TabConfig {
  /** `space:<spaceId>`: the side panel and stage read the space from it. */
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'The tab could not be saved.';
}

/**
 * Connects the configuration page to the host's Save button (frame context `settings` only).
 * `prepare` runs when Save is pressed and returns the settings to store; `valid` enables Save.
 * Returns whether the host's Save button is in charge (false outside Teams).
 */
export function useTabConfigSave(prepare: () => Promise<TabConfig>, valid: boolean): boolean {
  const { info } = useTeams();
  const hostSaves = info.inTeams && info.frameContext === 'settings';
  const prepareRef = useRef(prepare);
  useEffect(() => {
    prepareRef.current = prepare;
  });

  useEffect(() => {
    if (!hostSaves) return;
    pages.config.registerOnSaveHandler((saveEvent) => {
      prepareRef
        .current()
        .then((config) => pages.config.setConfig(config))
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(messageOf(error)),
        );
    });
  }, [hostSaves]);

  useEffect(() => {
    if (hostSaves) pages.config.setValidityState(valid);
  }, [hostSaves, valid]);

  return hostSaves;
}
