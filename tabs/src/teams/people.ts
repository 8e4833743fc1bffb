import { people } from '@microsoft/teams-js';
import { useMemo } from 'react';
import { useTeams } from './context';
import { peopleSourceFor, type PeopleSource } from './peopleFrames';

/** A person the picker returned: their user id (teams-js names it `objectId`), and the name and email when the host gave them. */
export interface PickedPerson {
  userId: string;
  name: string | null;
  email: string | null;
}

/** teams-js error codes the picker answers with. */
const NOT_SUPPORTED_ON_PLATFORM = 100;
const USER_ABORT = 8000;

/** The picker could not open here (the host refused it as unsupported). */
export class PeoplePickerUnavailable extends Error {}

function hostSupportsPicker(): boolean {
  try {
    return people.isSupported();
  } catch {
    // Not initialized (or no runtime): treat as a host without the capability.
    return false;
  }
}

/** Where new members can be chosen from on this surface (see {@link PeopleSource}). */
export function usePeopleSource(): PeopleSource {
  const { info } = useTeams();
  return useMemo(() => peopleSourceFor(info, hostSupportsPicker), [info]);
}

const errorCode = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'number'
    ? error.errorCode
    : undefined;

/**
 * Opens the Teams people picker (scoped to the chat or channel the tab is in). Resolves with the
 * people chosen, or null when the user closed the picker without choosing.
 */
export async function choosePeopleInTeams(title: string): Promise<PickedPerson[] | null> {
  try {
    const results = await people.selectPeople({ title, singleSelect: false });
    return results
      .filter((p) => typeof p.objectId === 'string' && p.objectId !== '')
      .map((p) => ({ userId: p.objectId, name: p.displayName?.trim() || null, email: p.email?.trim() || null }));
  } catch (error) {
    const code = errorCode(error);
    if (code === USER_ABORT) return null;
    if (code === NOT_SUPPORTED_ON_PLATFORM)
      throw new PeoplePickerUnavailable('The people picker is not supported here.');
    throw error instanceof Error ? error : new Error(`The people picker failed (${code ?? 'unknown error'}).`);
  }
}
