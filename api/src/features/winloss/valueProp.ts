import type { SpaceAccess } from '../../auth/policy.js';
import { Conflict, PreconditionFailed, WINLOSS_LIMITS, type ValuePropBody } from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import { saveDefaultable } from '../../store/retry.js';
import { EMPTY_VALUE_PROP_ETAG, VALUE_PROP_ID, type ValuePropDoc } from './model.js';

export async function getValueProp(store: DocumentStore, pk: string): Promise<Stored<ValuePropDoc> | undefined> {
  return store.read<ValuePropDoc>(pk, VALUE_PROP_ID);
}

/**
 * Replaces the notes as the editor saw them (`ifMatch`; the empty etag before the first save):
 * two people saving at once, one wins and the other gets 412 with nothing overwritten.
 */
export async function saveValueProp(
  store: DocumentStore,
  access: SpaceAccess,
  body: ValuePropBody,
  ifMatch: string,
  now: Date = new Date(),
): Promise<Stored<ValuePropDoc>> {
  const doc: ValuePropDoc = {
    id: VALUE_PROP_ID,
    pk: access.space.pk,
    type: 'valueProp',
    points: body.points,
    updatedAt: now.toISOString(),
    updatedBy: access.member.userId,
  };
  return saveDefaultable(store, doc, ifMatch, EMPTY_VALUE_PROP_ETAG);
}

/** Appends one point (a loss theme's action): re-applied on a concurrent save, so nobody's edit is lost. */
export async function appendValuePropPoint(
  store: DocumentStore,
  access: SpaceAccess,
  point: string,
  now: Date = new Date(),
  attempts = 16,
): Promise<Stored<ValuePropDoc>> {
  const pk = access.space.pk;
  for (let attempt = 1; ; attempt++) {
    const current = await getValueProp(store, pk);
    const points = current?.points ?? [];
    if (points.includes(point)) throw new Conflict('The value-proposition notes already have this point.');
    if (points.length >= WINLOSS_LIMITS.valuePropPointsMax) {
      throw new Conflict(`The notes hold at most ${WINLOSS_LIMITS.valuePropPointsMax} points; edit them first.`);
    }
    const next: ValuePropDoc = {
      ...(current ? stripStored(current) : { id: VALUE_PROP_ID, pk, type: 'valueProp' as const }),
      points: [...points, point],
      updatedAt: now.toISOString(),
      updatedBy: access.member.userId,
    };
    try {
      return current ? await store.replace(next, { ifMatch: current._etag }) : await store.create(next);
    } catch (error) {
      const raced = error instanceof PreconditionFailed || error instanceof Conflict;
      if (!raced || attempt >= attempts) throw error;
    }
    await backoff(attempt);
  }
}
