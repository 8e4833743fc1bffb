import { HIRING_LIMITS, NotFound } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import {
  loopDocId,
  profileDocId,
  type HiringLoopDoc,
  type RoleProfileDoc,
  type ScorecardDoc,
  type StoredLoop,
  type StoredProfile,
  type StoredScorecard,
} from './model.js';

export async function getProfile(store: DocumentStore, pk: string, profileId: string): Promise<StoredProfile> {
  const profile = await store.read<RoleProfileDoc>(pk, profileDocId(profileId));
  if (!profile) throw new NotFound('role profile');
  return profile;
}

export async function listProfiles(store: DocumentStore, pk: string): Promise<StoredProfile[]> {
  const page = await store.query<RoleProfileDoc>(pk, {
    type: 'roleProfile',
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: HIRING_LIMITS.listMax,
  });
  return page.items;
}

export async function getLoop(store: DocumentStore, pk: string, loopId: string): Promise<StoredLoop> {
  const loop = await store.read<HiringLoopDoc>(pk, loopDocId(loopId));
  if (!loop) throw new NotFound('hiring loop');
  return loop;
}

/** The space's loops, newest first. */
export async function listLoops(store: DocumentStore, pk: string): Promise<StoredLoop[]> {
  const page = await store.query<HiringLoopDoc>(pk, {
    type: 'hiringLoop',
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: HIRING_LIMITS.listMax,
  });
  return page.items;
}

export async function listCards(store: DocumentStore, pk: string, loopId: string): Promise<StoredScorecard[]> {
  return queryAll<ScorecardDoc>(store, pk, { type: 'hiringScorecard', where: { loopId } });
}
