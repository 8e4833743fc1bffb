import type { SpaceAccess } from '../../auth/policy.js';
import { DEFAULT_WINLOSS_REASONS, type WinlossReason, type WinlossTaxonomyBody } from '../../domain/index.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { saveDefaultable } from '../../store/retry.js';
import { DEFAULT_TAXONOMY_ETAG, WINLOSS_TAXONOMY_ID, type TaxonomyDoc } from './model.js';

export interface Taxonomy {
  reasons: WinlossReason[];
  isDefault: boolean;
  etag: string;
}

/** The space's reasons: its own list once a manager saved one, the defaults before. One point read. */
export async function getTaxonomy(store: DocumentStore, pk: string): Promise<Taxonomy> {
  const doc = await store.read<TaxonomyDoc>(pk, WINLOSS_TAXONOMY_ID);
  return doc
    ? { reasons: doc.reasons, isDefault: false, etag: doc._etag }
    : { reasons: [...DEFAULT_WINLOSS_REASONS], isDefault: true, etag: DEFAULT_TAXONOMY_ETAG };
}

/** Replaces the space's reasons (managers). Reviews keep the labels they were written with. */
export async function saveTaxonomy(
  store: DocumentStore,
  access: SpaceAccess,
  body: WinlossTaxonomyBody,
  ifMatch: string,
  now: Date = new Date(),
): Promise<Stored<TaxonomyDoc>> {
  const doc: TaxonomyDoc = {
    id: WINLOSS_TAXONOMY_ID,
    pk: access.space.pk,
    type: 'winlossTaxonomy',
    reasons: body.reasons,
    updatedAt: now.toISOString(),
    updatedBy: access.member.userId,
  };
  return saveDefaultable(store, doc, ifMatch, DEFAULT_TAXONOMY_ETAG);
}
